namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// A chance to win work from a client: its expected value, the milestone it has reached and when each was
/// reached, and the pipeline project whose seats hold the people taking part.
/// </summary>
public sealed record Opportunity
{
    public required string Id { get; init; }
    public required string ClientId { get; init; }
    public required string Name { get; init; }

    /// <summary>Expected revenue if won (dollars).</summary>
    public decimal Value { get; init; }

    public Milestone Milestone { get; init; } = Milestone.FirstContact;
    public IReadOnlyList<MilestoneReached> History { get; init; } = [];

    /// <summary>Planning week the opportunity opened in; milestone seats start from it.</summary>
    public int StartWeek { get; init; }

    public string ProjectId => $"pursuit-{Id}";

    public bool IsClosed => Milestone is Milestone.Won or Milestone.Lost;

    /// <summary>Opens an opportunity at first contact.</summary>
    public static Opportunity Open(string id, string clientId, string name, decimal value, int startWeek, DateOnly date)
    {
        if (value < 0)
        {
            throw new DomainException("an opportunity's value cannot be negative");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("an opportunity needs a name");
        }

        return new Opportunity
        {
            Id = id,
            ClientId = clientId,
            Name = name,
            Value = value,
            StartWeek = startWeek,
            History = [new MilestoneReached(Milestone.FirstContact, date)],
        };
    }

    /// <summary>
    /// Moves to the next milestone (one step), to won (from negotiation only) or to lost (from any open milestone).
    /// Reaching the current milestone again is a no-op, so a retried request changes nothing.
    /// </summary>
    public Opportunity Reach(Milestone milestone, DateOnly date)
    {
        if (milestone == Milestone)
        {
            return this;
        }

        if (IsClosed)
        {
            throw new DomainException($"opportunity {Id} is already {Milestone}");
        }

        var allowed = milestone switch
        {
            Milestone.Lost => true,
            Milestone.Won => Milestone == Milestone.Negotiation,
            _ => (int)milestone == (int)Milestone + 1,
        };
        if (!allowed)
        {
            throw new DomainException($"opportunity {Id} cannot move from {Milestone} to {milestone}: milestones are passed in order");
        }

        return this with { Milestone = milestone, History = [.. History, new MilestoneReached(milestone, date)] };
    }
}

/// <summary>The day an opportunity reached a milestone.</summary>
public sealed record MilestoneReached(Milestone Milestone, DateOnly Date);
