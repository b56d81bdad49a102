using System.Globalization;
using System.Reflection;

namespace Staffing.Persistence.Postgres;

/// <summary>One numbered schema script, e.g. <c>0002_cluster_membership.sql</c>.</summary>
public sealed record PostgresMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Staffing.Migrations.Postgres.";

    /// <summary>The scripts shipped with this build, in version order.</summary>
    public static IReadOnlyList<PostgresMigration> Embedded { get; } = Load(typeof(PostgresMigration).Assembly);

    internal static IReadOnlyList<PostgresMigration> Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => FromResource(assembly, r))
            .OrderBy(m => m.Version)
            .ToList();

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}");
        }

        return migrations;
    }

    private static PostgresMigration FromResource(Assembly assembly, string resource)
    {
        var fileName = resource[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{fileName}.sql' must be named NNNN_description.sql");
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration resource {resource} cannot be read");
        using var reader = new StreamReader(stream);
        return new PostgresMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
