namespace Staffing.Domain.KeyAccounts;

/// <summary>What the firm must prove to a client at each stage of the account.</summary>
public enum StageProof
{
    /// <summary>Qualified supplier: the firm is financially sound.</summary>
    FinancialSoundness = 0,

    /// <summary>Small-batch pilot: the offering is worth its price.</summary>
    ProductValue = 1,

    /// <summary>Scale-up: the firm can deliver at volume.</summary>
    DeliveryCapacity = 2,

    /// <summary>Sole or preferred supplier: technology leadership and co-innovation.</summary>
    CoInnovation = 3,
}

/// <summary>Each stage's proof and the evidence items that make it; an account moves up once all are in.</summary>
public static class StageRequirements
{
    private static readonly IReadOnlyDictionary<AccountStage, StageRequirement> Table = new Dictionary<AccountStage, StageRequirement>
    {
        [AccountStage.QualifiedSupplier] = new(AccountStage.QualifiedSupplier, StageProof.FinancialSoundness, ["audited-accounts", "credit-rating", "insurance-certificate"]),
        [AccountStage.SmallPilot] = new(AccountStage.SmallPilot, StageProof.ProductValue, ["pilot-results", "client-reference"]),
        [AccountStage.ScaleUp] = new(AccountStage.ScaleUp, StageProof.DeliveryCapacity, ["capacity-plan", "delivery-sla-report"]),
        [AccountStage.PreferredSupplier] = new(AccountStage.PreferredSupplier, StageProof.CoInnovation, ["joint-roadmap", "co-innovation-showcase"]),
    };

    public static StageRequirement For(AccountStage stage) => Table[stage];

    public static IReadOnlyList<StageRequirement> All { get; } = [.. Enum.GetValues<AccountStage>().Select(For)];
}

/// <summary>A stage, what it proves, and the named evidence items that prove it.</summary>
public sealed record StageRequirement(AccountStage Stage, StageProof Proof, IReadOnlyList<string> Items);
