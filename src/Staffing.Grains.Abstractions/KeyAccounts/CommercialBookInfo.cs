using System.Collections.Immutable;
using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains.Abstractions;

/// <summary>The commercial book as it crosses grains and the HTTP API.</summary>
[GenerateSerializer, Immutable, Alias("staffing.commercial-book")]
public sealed record CommercialBookInfo
{
    [Id(0)] public ImmutableSortedSet<string> Opportunities { get; init; } = [];
    [Id(1)] public ImmutableArray<OfferingInfo> Offerings { get; init; } = [];
    [Id(2)] public IReadOnlyDictionary<string, decimal> SalesTargets { get; init; } = new Dictionary<string, decimal>();
    [Id(3)] public ImmutableArray<ProjectActualInfo> Actuals { get; init; } = [];
}

/// <summary>An offering R&amp;D built: builders (staff ids) and revenue per year.</summary>
[GenerateSerializer, Immutable, Alias("staffing.offering")]
public sealed record OfferingInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public ImmutableArray<string> Builders { get; init; } = [];
    [Id(3)] public IReadOnlyDictionary<int, decimal> YearlyRevenue { get; init; } = new Dictionary<int, decimal>();
}

/// <summary>A project's actual revenue in one month.</summary>
[GenerateSerializer, Immutable, Alias("staffing.project-actual")]
public sealed record ProjectActualInfo
{
    [Id(0)] public required string Project { get; init; }
    [Id(1)] public required string Client { get; init; }
    [Id(2)] public DateOnly Month { get; init; }
    [Id(3)] public decimal Amount { get; init; }
}

/// <summary>Converts the commercial book's records to the domain.</summary>
public static class CommercialBookMapping
{
    public static Offering ToDomain(this OfferingInfo o) => new()
    {
        Id = o.Id,
        Name = o.Name,
        Builders = [.. o.Builders],
        YearlyRevenue = new Dictionary<int, decimal>(o.YearlyRevenue),
    };

    public static ProjectActual ToDomain(this ProjectActualInfo a) => new(a.Project, a.Client, a.Month, a.Amount);

    public static ProjectActualInfo ToInfo(this ProjectActual a) => new() { Project = a.Project, Client = a.Client, Month = a.Month, Amount = a.Amount };
}
