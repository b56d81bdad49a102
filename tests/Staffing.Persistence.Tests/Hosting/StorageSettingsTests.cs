using Microsoft.Extensions.Configuration;
using Staffing.Persistence.Hosting;

namespace Staffing.Persistence.Tests.Hosting;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Empty_configuration_means_sqlite_in_the_data_folder_on_the_standard_ports()
    {
        var settings = StorageSettings.Read(Config());

        Assert.Equal(
            new StorageSettings(StorageProvider.Sqlite, "./data/staffing.db", null, true, 11111, 30000, "staffing", "staffing"),
            settings);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var settings = StorageSettings.Read(Config(
            ("Storage:Provider", "postgres"),
            ("Storage:Sqlite:Path", "/srv/staffing.db"),
            ("ConnectionStrings:Postgres", "Host=db;Database=staffing"),
            ("Storage:Postgres:ApplyMigrations", "false"),
            ("Orleans:SiloPort", "12000"),
            ("Orleans:GatewayPort", "31000"),
            ("Orleans:ClusterId", "blue"),
            ("Orleans:ServiceId", "staffing-eu")));

        Assert.Equal(
            new StorageSettings(StorageProvider.Postgres, "/srv/staffing.db", "Host=db;Database=staffing", false, 12000, 31000, "blue", "staffing-eu"),
            settings);
    }

    [Theory]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider is 'Oracle'; expected one of Sqlite, Postgres, Memory.")]
    [InlineData("Storage:Provider", "1", "Storage:Provider is '1'; expected one of Sqlite, Postgres, Memory.")]
    [InlineData("Orleans:SiloPort", "70000", "Orleans:SiloPort is '70000'; expected a port number from 1 to 65535.")]
    [InlineData("Orleans:GatewayPort", "gateway", "Orleans:GatewayPort is 'gateway'; expected a port number from 1 to 65535.")]
    [InlineData("Storage:Postgres:ApplyMigrations", "sometimes", "Storage:Postgres:ApplyMigrations is 'sometimes'; expected true or false.")]
    public void Invalid_values_name_the_key(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageSettings.Read(Config((key, value))));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_names_the_missing_key()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => StorageSettings.Read(Config(("Storage:Provider", "Postgres"))));

        Assert.Equal("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.", error.Message);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
