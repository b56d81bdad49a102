using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>A staff member while the firm is being built; becomes a <see cref="StaffMember"/>.</summary>
internal sealed class PersonDraft
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required Grade Grade { get; init; }
    public required string Region { get; init; }
    public required string Department { get; init; }
    public required Dictionary<string, int> Skills { get; init; }
    public int Capacity { get; init; } = StaffMember.FullTime;
    public long CostPerWeek { get; init; }
    public List<WeekRange> Unavailable { get; } = [];
    public List<Commitment> Committed { get; } = [];
    public List<SeatDraft> Current { get; } = [];

    /// <summary>The client this person is the given dedicated partner of, if any.</summary>
    public ClientDraft? DedicatedTo { get; set; }
}

/// <summary>A client while the firm is being built, with its revenue history.</summary>
internal sealed class ClientDraft
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Industry { get; init; }
    public required string HomeRegion { get; init; }
    public required long[] MonthlyRevenue { get; init; }
    public Tier Tier { get; set; }
    public string AccountStage { get; set; } = AccountStages.QualifiedSupplier;
    public int PartnerLoad { get; set; }
    public PersonDraft? DedicatedPartner { get; set; }
    public List<PersonDraft> Returned { get; } = [];
    public List<ProjectDraft> Projects { get; } = [];

    public long TrailingTwelveMonths => MonthlyRevenue.TakeLast(12).Sum();

    public long PriorTwelveMonths => MonthlyRevenue.SkipLast(12).TakeLast(12).Sum();
}

internal sealed class ProjectDraft
{
    public required string Id { get; init; }
    public required ClientDraft Client { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required bool Remote { get; init; }
    public required string Topic { get; init; }
    public List<SeatDraft> Seats { get; } = [];

    /// <summary>People already on the project (current, pick or pin): one seat per person per project.</summary>
    public List<PersonDraft> Members { get; } = [];
}

internal sealed class SeatDraft
{
    public required string Id { get; init; }
    public required ProjectDraft Project { get; init; }
    public required string Role { get; set; }
    public required Grade MinGrade { get; set; }
    public string? Department { get; set; }
    public List<KeyValuePair<string, int>> Skills { get; set; } = [];
    public required int Load { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public bool IsLead { get; init; }
    public PersonDraft? Holder { get; set; }
    public PersonDraft? Pick { get; set; }
    public PersonDraft? Pinned { get; set; }

    public bool Qualifies(PersonDraft person)
    {
        if (person.Grade < MinGrade || (Department is not null && person.Department != Department))
        {
            return false;
        }

        foreach (var (skill, level) in Skills)
        {
            if (!person.Skills.TryGetValue(skill, out var held) || held < level)
            {
                return false;
            }
        }

        return true;
    }
}
