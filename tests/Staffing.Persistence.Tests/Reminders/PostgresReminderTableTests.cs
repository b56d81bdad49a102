using Orleans.Hosting;
using Staffing.Persistence.Hosting;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Reminders;

/// <summary>Orleans' ADO.NET reminder provider running on the Staffing schema scripts.</summary>
public sealed class PostgresReminderTableTests(MigratedPostgresDatabase database)
    : ReminderTableContract, IClassFixture<MigratedPostgresDatabase>
{
    protected override void Configure(ISiloBuilder silo) =>
        silo.UsePostgresReminderService(database.Require());
}
