using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Hosting;

public sealed class SqliteSiloRestartTests : SiloRestartContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override (string Key, string Value)[] Settings() =>
    [
        ("Storage:Provider", "Sqlite"),
        ("Storage:Sqlite:Path", _folder.File("data/staffing.db")),
    ];
}
