using Orleans.Hosting;
using Staffing.Persistence.Hosting;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override void Configure(ISiloBuilder silo) =>
        silo.UseSqliteReminderService(o => o.Path = _folder.File("reminders.db"));
}
