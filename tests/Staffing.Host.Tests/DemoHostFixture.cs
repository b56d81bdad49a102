using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Tests;

/// <summary>A host seeded with the demo firm and its accounts (all with password "demo").</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public StaffingHostFactory Factory { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

    /// <summary>Two clients with at least one project each: the signed-in one and "another".</summary>
    public string ClientA { get; private set; } = "";

    public string ClientB { get; private set; } = "";

    public string ProjectOfA { get; private set; } = "";

    public string ProjectOfB { get; private set; } = "";

    public string AnyStaff { get; private set; } = "";

    /// <summary>The sign-in name of a dedicated partner of a diamond client.</summary>
    public string PartnerUser { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var grains = Factory.Services.GetRequiredService<IGrainFactory>();
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var projects = await Task.WhenAll(directory.Projects.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync()));
        var byClient = projects.OfType<ProjectInfo>().GroupBy(p => p.ClientId).OrderBy(g => g.Key, StringComparer.Ordinal).Take(2).ToList();
        (ClientA, ProjectOfA) = (byClient[0].Key, byClient[0].First().Id);
        (ClientB, ProjectOfB) = (byClient[1].Key, byClient[1].First().Id);
        AnyStaff = directory.Staff.First();
        var clients = await Task.WhenAll(directory.Clients.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
        PartnerUser = "partner-" + clients.OfType<ClientInfo>().First(c => c.DedicatedPartner is not null).DedicatedPartner;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client signed in as <paramref name="user"/> (null: anonymous).</summary>
    public async Task<HttpClient> SignedInAsync(string? user)
    {
        var client = Factory.CreateClient();
        if (user is not null)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { user, password = "demo" });
            response.EnsureSuccessStatusCode();
        }

        return client;
    }

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
