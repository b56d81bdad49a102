namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// An account's way up the four stages: its stage, the evidence gathered for each stage's proof (with owner and
/// date) and every stage change. An account moves up one stage once the current stage's proof is complete;
/// it may fall back one stage at any time.
/// </summary>
public sealed record AccountPlan
{
    public required string ClientId { get; init; }
    public AccountStage Stage { get; init; } = AccountStage.QualifiedSupplier;
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
    public IReadOnlyList<StageMove> History { get; init; } = [];

    /// <summary>Evidence items of the current stage still missing before the account can move up.</summary>
    public IReadOnlyList<string> StillToProve() => MissingFor(Stage);

    public IReadOnlyList<string> MissingFor(AccountStage stage) =>
        [.. StageRequirements.For(stage).Items.Where(item => !Evidence.Any(e => e.Stage == stage && e.Item == item))];

    /// <summary>Whether a higher stage exists and the current one is proven.</summary>
    public bool CanMoveUp => Stage != AccountStage.PreferredSupplier && StillToProve().Count == 0;

    /// <summary>Records (or replaces) one evidence item of a stage's proof.</summary>
    public AccountPlan AddEvidence(EvidenceItem evidence)
    {
        if (!StageRequirements.For(evidence.Stage).Items.Contains(evidence.Item))
        {
            var allowed = string.Join(", ", StageRequirements.For(evidence.Stage).Items);
            throw new DomainException($"'{evidence.Item}' is not evidence for the {evidence.Stage.Name()} stage; expected one of {allowed}");
        }

        if (string.IsNullOrWhiteSpace(evidence.Owner))
        {
            throw new DomainException("evidence needs an owner");
        }

        var others = Evidence.Where(e => !(e.Stage == evidence.Stage && e.Item == evidence.Item));
        return this with { Evidence = [.. others, evidence] };
    }

    /// <summary>Moves one stage up (only when proven) or down; moving to the current stage is a no-op.</summary>
    public AccountPlan MoveTo(AccountStage stage, string by, string reason, DateOnly date)
    {
        if (stage == Stage)
        {
            return this;
        }

        if (Math.Abs((int)stage - (int)Stage) > 1)
        {
            throw new DomainException($"{ClientId} cannot move from {Stage.Name()} to {stage.Name()}: one stage at a time");
        }

        if (stage > Stage && StillToProve() is { Count: > 0 } missing)
        {
            throw new DomainException($"{ClientId} cannot move up to {stage.Name()}: {StageRequirements.For(Stage).Proof.Name()} is not proven yet (missing {string.Join(", ", missing)})");
        }

        return this with { Stage = stage, History = [.. History, new StageMove(date, Stage, stage, by, reason)] };
    }
}

/// <summary>One piece of evidence for a stage's proof: which item, who owns it, when it was shown, and a note.</summary>
public sealed record EvidenceItem(AccountStage Stage, string Item, string Owner, DateOnly Date, string? Note = null);

/// <summary>One stage change of an account.</summary>
public sealed record StageMove(DateOnly Date, AccountStage From, AccountStage To, string By, string Reason);

/// <summary>How many accounts are at each stage, in stage order (every stage listed, zeros included).</summary>
public static class StageFunnel
{
    public static IReadOnlyList<(AccountStage Stage, int Accounts)> Count(IEnumerable<AccountStage> stages)
    {
        var counts = stages.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enum.GetValues<AccountStage>().Select(s => (s, counts.GetValueOrDefault(s)))];
    }
}
