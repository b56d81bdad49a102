using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
[Collection(KeyAccountScreens.Name)]
public sealed class ImportExportScreenTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task A_file_with_a_bad_row_changes_nothing_and_names_the_line_then_a_good_file_imports()
    {
        using var http = await portal.ApiAsync("manager");
        var before = await RevenueAsync(http);
        var (client, month) = FirstClientMonth(before);
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/key-accounts/data");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Import a CSV file" });
        await form.GetByLabel("What").SelectOptionAsync("revenue");

        await form.GetByLabel("CSV file").SetInputFilesAsync(Csv("bad-revenue.csv", $"client,month,amount\n{client},{month},1234567\n{client},2026-13,5\nno-such-client,{month},7\n"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var problem = page.GetByRole(AriaRole.Alert);
        await Expect(problem).ToContainTextAsync("nothing was imported");
        await Expect(problem.GetByTestId("import-outcome")).ToContainTextAsync("Nothing was changed");
        var errors = problem.GetByRole(AriaRole.Table, new() { Name = "Import errors" }).Locator("tbody tr");
        await Expect(errors).ToHaveCountAsync(2);
        await Expect(errors.Nth(0)).ToContainTextAsync("3");
        await Expect(errors.Nth(0)).ToContainTextAsync("month");
        await Expect(errors.Nth(1)).ToContainTextAsync("4");
        await Expect(errors.Nth(1)).ToContainTextAsync("there is no client 'no-such-client'");
        Assert.Equal(before, await RevenueAsync(http));

        await form.GetByLabel("CSV file").SetInputFilesAsync(Csv("revenue.csv", $"client,month,amount\n{client},{month},1234567\n"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("Imported 1 revenue actuals row from revenue.csv");
        Assert.Contains($"{client},{month},1234567,", await RevenueAsync(http), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Every_kind_has_a_download_link_to_its_export()
    {
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/key-accounts/data");

        foreach (var kind in new[] { "clients", "staff", "projects", "bookings", "revenue" })
        {
            var link = page.GetByRole(AriaRole.Link, new() { Name = $"Download {kind}.csv" });
            await Expect(link).ToHaveAttributeAsync("href", $"/api/export/{kind}");
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal($"{kind}.csv", download.SuggestedFilename);
            using var reader = new StreamReader(await download.CreateReadStreamAsync());
            Assert.False(string.IsNullOrWhiteSpace(await reader.ReadLineAsync()), $"{kind}.csv should start with its header");
        }
    }

    private static async Task<string> RevenueAsync(HttpClient http) =>
        await http.GetStringAsync(new Uri("/api/export/revenue", UriKind.Relative));

    /// <summary>The first client-level revenue line's client and month.</summary>
    private static (string Client, string Month) FirstClientMonth(string csv)
    {
        var line = csv.Split('\n').Skip(1).First(l => l.EndsWith(','));
        var cells = line.Split(',');
        return (cells[0], cells[1]);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
