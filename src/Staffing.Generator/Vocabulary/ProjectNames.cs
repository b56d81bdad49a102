namespace Staffing.Generator.Vocabulary;

/// <summary>Project names from a small vocabulary: the project's topic and a phase word.</summary>
internal static class ProjectNames
{
    private static readonly string[] Phases =
    [
        "", "", " pilot", " phase 2", " wave 1", " rollout", " assessment", " PMO",
    ];

    public static string For(Dice dice, Skill topic) => (topic.Topic ?? topic.Name) + dice.OneOf(Phases);
}
