namespace Staffing.Generator.Vocabulary;

/// <summary>A skill the firm staffs for: its home department, or home region for a language.</summary>
internal sealed record Skill(string Name, string Department, string? Region = null, string? Topic = null)
{
    public bool IsLanguage => Region is not null;
}

/// <summary>
/// The firm's skills, most common first. Popularity falls with rank (a long tail), so a few skills
/// are held by half the firm and the last ones by a handful of specialists.
/// </summary>
internal static class SkillCatalog
{
    public static IReadOnlyList<Skill> All { get; } =
    [
        new("cloud-arch", "technology", Topic: "Cloud migration"),
        new("finance-transformation", "finance", Topic: "Finance transformation"),
        new("supply-chain", "consulting", Topic: "Supply chain redesign"),
        new("risk", "finance", Topic: "Risk model review"),
        new("data-eng", "technology", Topic: "Data platform"),
        new("change-mgmt", "consulting", Topic: "Operating model change"),
        new("sap-fico", "technology", Topic: "S/4HANA finance"),
        new("pmo", "delivery", Topic: "Programme office"),
        new("strategy", "consulting", Topic: "Growth strategy"),
        new("customer-analytics", "sales", Topic: "Customer analytics"),
        new("ml", "rnd", Topic: "Demand forecasting"),
        new("erp-migration", "technology", Topic: "ERP migration"),
        new("spanish", "consulting", Region: "amer"),
        new("german", "consulting", Region: "emea"),
        new("mandarin", "consulting", Region: "china"),
        new("japanese", "consulting", Region: "apac"),
        new("cybersec", "technology", Topic: "Security uplift"),
        new("sap-sd", "technology", Topic: "Order-to-cash"),
        new("procurement", "consulting", Topic: "Sourcing savings"),
        new("pricing", "sales", Topic: "Pricing excellence"),
        new("ux", "technology", Topic: "Digital channels"),
        new("manufacturing-ops", "delivery", Topic: "Plant performance"),
        new("hr-transformation", "consulting", Topic: "HR transformation"),
        new("esg", "consulting", Topic: "Net-zero roadmap"),
        new("sap-mm", "technology", Topic: "Procure-to-pay"),
        new("m-and-a", "finance", Topic: "Post-merger integration"),
        new("java", "technology", Topic: "Core platform rebuild"),
        new("dotnet", "technology", Topic: "Portal modernisation"),
        new("telecom-5g", "rnd", Topic: "5G core rollout"),
        new("semiconductor", "rnd", Topic: "Fab yield improvement"),
        new("actuarial", "finance", Topic: "Reserving model"),
        new("quantum-computing", "rnd", Topic: "Quantum readiness"),
    ];

    /// <summary>Relative popularity by rank: about 1/rank, the long tail.</summary>
    public static IReadOnlyList<double> Popularity { get; } = All.Select((_, i) => 1.0 / (i + 1)).ToArray();

    /// <summary>Skills a project can be about (languages are requirements, not topics).</summary>
    public static IReadOnlyList<Skill> Topics { get; } = All.Where(s => !s.IsLanguage).ToArray();

    public static IReadOnlyList<double> TopicPopularity { get; } =
        All.Select((s, i) => (s, w: 1.0 / (i + 1))).Where(x => !x.s.IsLanguage).Select(x => x.w).ToArray();

    public static Skill Named(string name) => All.First(s => s.Name == name);
}
