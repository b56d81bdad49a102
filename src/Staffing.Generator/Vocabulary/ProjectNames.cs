namespace Staffing.Generator.Vocabulary;

/// <summary>Project names from a small vocabulary: the project's topic and a phase word.</summary>
internal static class ProjectNames
{
    private static readonly string[] Phases =
    [
        "", "", " pilot", " phase 2", " wave 1", " rollout", " assessment", " PMO",
    ];

    public static string For(Dice dice, Skill topic)
    {
        var name = topic.Topic ?? topic.Name;
        var phase = dice.OneOf(Phases);
        // "Programme office PMO" says the same thing twice.
        return name.EndsWith("office", StringComparison.Ordinal) && phase == " PMO" ? name : name + phase;
    }
}
