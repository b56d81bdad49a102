using System.Globalization;
using Microsoft.Extensions.Configuration;
using Staffing.Persistence.Sqlite;

namespace Staffing.Persistence.Hosting;

/// <summary>The storage configuration, read and checked once so a mistake stops start-up with the key to fix.</summary>
public sealed record StorageSettings(
    StorageProvider Provider,
    string SqlitePath,
    string? PostgresConnectionString,
    bool ApplyMigrations,
    int SiloPort,
    int GatewayPort,
    string ClusterId,
    string ServiceId)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultClusterId = "staffing";
    public const string DefaultServiceId = "staffing";

    public static StorageSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ReadProvider(configuration[StorageConfigKeys.Provider]);
        var connectionString = configuration[StorageConfigKeys.PostgresConnectionString];
        if (provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{StorageConfigKeys.Provider} is Postgres but {StorageConfigKeys.PostgresConnectionString} is not set.");
        }

        return new StorageSettings(
            provider,
            NonEmpty(configuration, StorageConfigKeys.SqlitePath) ?? SqliteStorageOptions.DefaultPath,
            connectionString,
            ReadBool(configuration, StorageConfigKeys.PostgresApplyMigrations, true),
            ReadPort(configuration, StorageConfigKeys.SiloPort, DefaultSiloPort),
            ReadPort(configuration, StorageConfigKeys.GatewayPort, DefaultGatewayPort),
            NonEmpty(configuration, StorageConfigKeys.ClusterId) ?? DefaultClusterId,
            NonEmpty(configuration, StorageConfigKeys.ServiceId) ?? DefaultServiceId);
    }

    private static StorageProvider ReadProvider(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(text.Trim(), ignoreCase: true, out var provider)
            && Enum.IsDefined(provider)
            && !int.TryParse(text, out _)
            ? provider
            : throw new InvalidOperationException(
                $"{StorageConfigKeys.Provider} is '{text}'; expected one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
    }

    private static string? NonEmpty(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

    private static bool ReadBool(IConfiguration configuration, string key, bool defaultValue)
    {
        var text = NonEmpty(configuration, key);
        if (text is null)
        {
            return defaultValue;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"{key} is '{text}'; expected true or false.");
    }

    private static int ReadPort(IConfiguration configuration, string key, int defaultValue)
    {
        var text = NonEmpty(configuration, key);
        if (text is null)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"{key} is '{text}'; expected a port number from 1 to 65535.");
    }
}
