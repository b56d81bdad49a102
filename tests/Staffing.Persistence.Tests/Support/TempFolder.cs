using Microsoft.Data.Sqlite;

namespace Staffing.Persistence.Tests.Support;

/// <summary>A private folder for one test's database files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staffing-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
