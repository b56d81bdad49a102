using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>
/// Loads a whole firm from a scenario: planning horizon and weights, clients, projects (active, with today's
/// holders) and people with their bookings and partner duties, taken as fact without capacity checks. With
/// revenue figures a client's tier then follows its revenue; without, it keeps the scenario's tier.
/// </summary>
public sealed class FirmImporter(IGrainFactory grains, ILogger<FirmImporter> logger)
{
    public const string ImportReason = "imported";

    /// <summary>Loads <paramref name="scenario"/>; <paramref name="revenue"/> (client id -> months) makes tiers follow revenue.</summary>
    public Task ImportAsync(
        Scenario scenario,
        IReadOnlyDictionary<string, IReadOnlyList<MonthlyRevenue>>? revenue = null,
        DateOnly? importedOn = null) =>
        RuleChecked.RunAsync(async () =>
        {
            await ImportCoreAsync(scenario, revenue, importedOn);
            return true;
        });

    private async Task ImportCoreAsync(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<MonthlyRevenue>>? revenue, DateOnly? importedOn)
    {
        var errors = ScenarioValidator.Validate(scenario);
        if (errors.Count > 0)
        {
            throw new DomainException($"the scenario is invalid: {string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.Message}"))}"
                + (errors.Count > 5 ? $" and {errors.Count - 5} more" : string.Empty));
        }

        var today = importedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
        await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).SetPlanningAsync(scenario.Weeks, WeightsInfo.From(scenario.Weights));
        await Task.WhenAll(scenario.Clients.Select(c => ImportClientAsync(c, revenue?.GetValueOrDefault(c.Id) ?? [], today)));

        var holders = scenario.Staff
            .SelectMany(s => (s.Current ?? []).Select(seat => (Seat: seat, Staff: s.Id)))
            .ToDictionary(x => x.Seat, x => x.Staff);
        await Task.WhenAll(scenario.Projects.Select(p => ImportProjectAsync(p, holders)));

        var seats = scenario.AllSeats().ToDictionary(x => x.Seat.Id);
        var duties = scenario.Clients
            .Where(c => c.DedicatedPartner is not null)
            .ToDictionary(c => c.DedicatedPartner!, c => new PartnerDutyInfo { Client = c.Id, Load = c.EffectivePartnerLoad });
        await Task.WhenAll(scenario.Staff.Select(s => grains.GetGrain<IStaffGrain>(s.Id).RestoreAsync(ToInfo(s, seats, duties))));

        logger.LogInformation(
            "Imported {ClientCount} clients, {ProjectCount} projects and {StaffCount} staff over {Weeks} weeks",
            scenario.Clients.Count, scenario.Projects.Count, scenario.Staff.Count, scenario.Weeks);
    }

    private async Task ImportClientAsync(Scenarios.Client client, IReadOnlyList<MonthlyRevenue> revenue, DateOnly today)
    {
        // Revenue goes in with the definition and the tier is reassessed once, as of the latest month reported.
        var months = revenue.Aggregate(new Domain.Client { Id = client.Id }, (c, r) => c.RecordRevenue(r.Month, r.Amount)).Revenue;
        var info = new ClientInfo
        {
            Id = client.Id,
            Name = client.Name,
            Tier = client.Tier,
            DedicatedPartner = client.DedicatedPartner,
            PartnerLoad = client.EffectivePartnerLoad,
            Revenue = [.. months.Select(r => new RevenueMonth { Month = r.Month, Amount = r.Amount })],
            Returned = [.. (client.Returned ?? []).Select(s => new ReturnInfo { StaffId = s, Reason = "returned before import", Date = today })],
            Strategic = client.Tier == Tier.Strategic
                ? new StrategicInfo { Reason = "designated strategic before import", ReviewDate = today.AddYears(1) }
                : null,
        };

        var grain = grains.GetGrain<IClientGrain>(client.Id);
        await grain.DefineAsync(info, ImportReason);
        if (months.Count > 0)
        {
            await grain.ReassessTierAsync(months[^1].Month);
        }
    }

    private async Task ImportProjectAsync(Scenarios.Project project, Dictionary<string, string> holders)
    {
        var grain = grains.GetGrain<IProjectGrain>(project.Id);
        await grain.DefineAsync(new ProjectInfo
        {
            Id = project.Id,
            ClientId = project.Client,
            Name = project.Name,
            Region = project.Region,
            Remote = project.Remote,
            Status = ProjectStatus.Active,
            Seats = [.. project.Seats.Select(s => s.ToInfo())],
        });
        var held = project.Seats.Where(s => holders.ContainsKey(s.Id)).Select(s => new SeatHolder { Seat = s.Id, Staff = holders[s.Id] }).ToList();
        if (held.Count > 0)
        {
            await grain.RecordHoldersAsync([.. held]);
        }
    }

    private static StaffInfo ToInfo(
        Scenarios.StaffMember person,
        Dictionary<string, (Scenarios.Project Project, Seat Seat)> seats,
        Dictionary<string, PartnerDutyInfo> duties) => new()
        {
            Id = person.Id,
            Name = person.Name,
            Grade = person.Grade,
            Region = person.Region,
            Department = person.Department,
            Skills = new Dictionary<string, int>(person.Skills),
            Capacity = person.EffectiveCapacity,
            CostPerWeek = person.CostPerWeek,
            Leave = [.. (person.Unavailable ?? []).Select(r => new WeekSpan { Start = r.Start, End = r.End })],
            Commitments = [.. (person.Committed ?? []).Select(c => new CommitmentInfo { Start = c.Start, End = c.End, Load = c.Load })],
            Bookings = [.. (person.Current ?? []).Select(seatId => seats[seatId]).Select(x => new BookingInfo
            {
                Seat = x.Seat.Id,
                Project = x.Project.Id,
                Client = x.Project.Client,
                Load = x.Seat.Load,
                Start = x.Seat.Start,
                End = x.Seat.End,
            })],
            Duty = duties.GetValueOrDefault(person.Id),
        };
}
