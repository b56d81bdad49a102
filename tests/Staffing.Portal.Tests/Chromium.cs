namespace Staffing.Portal.Tests;

/// <summary>
/// Where the system Chromium is (no browser download: the distribution's package is used). Without it the browser
/// tests are skipped, unless STAFFING_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("STAFFING_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool Required => Environment.GetEnvironmentVariable("STAFFING_REQUIRE_BROWSER") == "1";

    public static bool Available => File.Exists(ExecutablePath);

    public static string MissingMessage =>
        $"Chromium not found at {ExecutablePath}: install it (Debian: apt-get install -y chromium) or set STAFFING_CHROMIUM";

    /// <summary>Skips the calling test when there is no browser and none is required; fails it when one is.</summary>
    public static void Require()
    {
        if (Available)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException(MissingMessage + " (STAFFING_REQUIRE_BROWSER=1)");
        }

        Skip.If(true, MissingMessage);
    }
}
