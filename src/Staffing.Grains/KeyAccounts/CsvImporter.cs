using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// Imports clients, staff, projects, bookings or revenue actuals from CSV. The whole file is checked against the
/// firm first (<see cref="ImportValidator"/>); with any error nothing changes and every error is returned with
/// its line and column. Only then are the rows applied, in file order. Client revenue is recorded without
/// moving the tier: tier changes come from the tier review, which a manager confirms.
/// </summary>
public sealed class CsvImporter(IGrainFactory grains, FirmScenarioExporter exporter, BookingCoordinator bookings, TimeProvider clock, ILogger<CsvImporter> logger)
{
    public const string Reason = "imported from CSV";

    public async Task<ImportOutcome> ImportAsync(ImportKind kind, string text)
    {
        var firm = await exporter.SnapshotAsync();
        var check = ImportValidator.Validate(kind, text, firm);
        if (!check.Valid)
        {
            logger.LogInformation("CSV import of {Kind} refused with {ErrorCount} errors; nothing changed", kind, check.Errors.Count);
            return new ImportOutcome(kind, false, 0, check.Errors);
        }

        var batch = check.Batch!;
        var errors = kind switch
        {
            ImportKind.Clients => await ApplyClientsAsync(batch.Clients),
            ImportKind.Staff => await ApplyStaffAsync(batch.Staff),
            ImportKind.Projects => await ApplyProjectsAsync(batch.Projects, firm),
            ImportKind.Bookings => await ApplyBookingsAsync(batch.Bookings, firm),
            ImportKind.Revenue => await ApplyRevenueAsync(batch.Revenue),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown import kind"),
        };
        logger.LogInformation("CSV import of {Kind}: {RowCount} rows applied", kind, batch.Count - errors.Count);
        return new ImportOutcome(kind, errors.Count == 0, batch.Count - errors.Count, errors);
    }

    private async Task<IReadOnlyList<RowError>> ApplyClientsAsync(IReadOnlyList<ClientRow> rows)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var row in rows)
        {
            // Read now, not from the snapshot the file was checked against: the account may have changed since.
            var grain = grains.GetGrain<IClientGrain>(row.Id);
            var before = await grain.GetAsync() ?? new ClientInfo { Id = row.Id };
            var strategic = row.Strategic is { } s
                ? new StrategicInfo { Reason = s.Reason, ReviewDate = s.ReviewDate == DateOnly.MinValue ? today.AddYears(1) : s.ReviewDate }
                : before.Strategic;
            await grain.DefineAsync(before with
            {
                Name = row.Name ?? before.Name,
                Industry = row.Industry ?? before.Industry,
                Tier = row.Tier ?? before.Tier,
                Strategic = strategic,
            }, Reason);
        }

        return [];
    }

    private async Task<IReadOnlyList<RowError>> ApplyStaffAsync(IReadOnlyList<StaffRow> rows)
    {
        foreach (var row in rows)
        {
            var grain = grains.GetGrain<IStaffGrain>(row.Profile.Id);
            var p = row.Profile;
            var before = await grain.GetAsync();
            await grain.DefineAsync(before is null ? p.ToInfo() : before with
            {
                Name = p.Name ?? before.Name,
                Grade = p.Grade,
                Region = p.Region,
                Department = p.Department ?? before.Department,
                Capacity = p.Capacity,
                CostPerWeek = p.CostPerWeek,
                BillPerWeek = p.BillPerWeek,
                Skills = p.Skills.Count > 0 ? new Dictionary<string, int>(p.Skills) : before.Skills,
            });
        }

        return [];
    }

    private async Task<IReadOnlyList<RowError>> ApplyProjectsAsync(IReadOnlyList<ProjectRow> rows, FirmSnapshot firm)
    {
        var existing = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var errors = new List<RowError>();
        foreach (var row in rows)
        {
            var grain = grains.GetGrain<IProjectGrain>(row.Id);
            var before = existing.GetValueOrDefault(row.Id)?.ToInfo();
            var defined = await grain.DefineAsync((before ?? new ProjectInfo { Id = row.Id, ClientId = row.Client, Region = row.Region, Status = row.Status ?? ProjectStatus.Pipeline }) with
            {
                Name = row.Name ?? before?.Name,
                Region = row.Region,
                Remote = row.Remote,
            });
            if (row.Status is { } status && status != defined.Status)
            {
                if (status == ProjectStatus.Closed)
                {
                    var closed = await bookings.CloseProjectAsync(row.Id);
                    errors.AddRange(closed.Clashes.Select(c => new RowError(row.Line, "status", c.Message)));
                }
                else
                {
                    await grain.ChangeStatusAsync(status);
                }
            }
        }

        return errors;
    }

    private async Task<IReadOnlyList<RowError>> ApplyBookingsAsync(IReadOnlyList<BookingRow> rows, FirmSnapshot firm)
    {
        var projects = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var errors = new List<RowError>();
        foreach (var row in rows)
        {
            if (projects[row.Project].FindSeat(row.Seat.Id) is null)
            {
                await grains.GetGrain<IProjectGrain>(row.Project).PutSeatAsync(row.Seat.ToInfo());
            }

            var booked = await bookings.AssignSeatAsync(row.Project, row.Seat.Id, row.Staff);
            errors.AddRange(booked.Clashes.Select(c => new RowError(row.Line, "staff", c.Message)));
        }

        return errors;
    }

    private async Task<IReadOnlyList<RowError>> ApplyRevenueAsync(IReadOnlyList<RevenueRow> rows)
    {
        foreach (var group in rows.Where(r => r.Project is null).GroupBy(r => r.Client))
        {
            await grains.GetGrain<IClientGrain>(group.Key).RestateRevenueAsync([.. group.Select(r => new RevenueMonth { Month = r.Month, Amount = r.Amount })]);
        }

        var actuals = rows.Where(r => r.Project is not null)
            .Select(r => new ProjectActualInfo { Project = r.Project!, Client = r.Client, Month = MonthlyRevenue.MonthOf(r.Month), Amount = r.Amount })
            .ToList();
        if (actuals.Count > 0)
        {
            await grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).RecordActualsAsync([.. actuals]);
        }

        return [];
    }
}

/// <summary>What an import did: whether it was applied, how many rows, and the errors (with line and column).</summary>
public sealed record ImportOutcome(ImportKind Kind, bool Applied, int Rows, IReadOnlyList<RowError> Errors);
