using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>An import that passed every check, as typed rows ready to apply; each row keeps its line.</summary>
public sealed record ImportBatch(ImportKind Kind)
{
    public IReadOnlyList<ClientRow> Clients { get; init; } = [];
    public IReadOnlyList<StaffRow> Staff { get; init; } = [];
    public IReadOnlyList<ProjectRow> Projects { get; init; } = [];
    public IReadOnlyList<BookingRow> Bookings { get; init; } = [];
    public IReadOnlyList<RevenueRow> Revenue { get; init; } = [];

    public int Count => Clients.Count + Staff.Count + Projects.Count + Bookings.Count + Revenue.Count;
}

public sealed record ClientRow(int Line, string Id, string? Name, string? Industry, Tier? Tier, StrategicDesignation? Strategic);

public sealed record StaffRow(int Line, StaffMember Profile);

public sealed record ProjectRow(int Line, string Id, string Client, string? Name, string Region, bool Remote, ProjectStatus? Status);

public sealed record BookingRow(int Line, string Project, string Client, Seat Seat, string Staff);

public sealed record RevenueRow(int Line, string Client, DateOnly Month, decimal Amount, string? Project);

/// <summary>The outcome of checking an import: a batch to apply, or every error (and then nothing is applied).</summary>
public sealed record ImportCheck(ImportBatch? Batch, IReadOnlyList<RowError> Errors)
{
    public bool Valid => Errors.Count == 0 && Batch is not null;
}
