using Staffing.Domain;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Demo;

namespace Staffing.Host.Api;

/// <summary>
/// The key-account services: tier thresholds from configuration (<c>KeyAccounts:Tiers:Diamond</c>,
/// <c>KeyAccounts:Tiers:Gold</c>, dollars), the grain-side services, the monthly tier review's reminder and the
/// demo's key-account data (after the demo firm is seeded).
/// </summary>
public static class KeyAccountsSetup
{
    public const string DiamondKey = "KeyAccounts:Tiers:Diamond";
    public const string GoldKey = "KeyAccounts:Tiers:Gold";

    public static IServiceCollection AddKeyAccounts(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return new TierPolicy(new TierThresholds(
                config.GetValue(DiamondKey, TierThresholds.Default.Diamond),
                config.GetValue(GoldKey, TierThresholds.Default.Gold)));
        });
        services.AddKeyAccountServices();
        services.AddHostedService<TierReviewScheduler>();
        services.AddHostedService<KeyAccountsDemoSeeder>();
        return services;
    }

    /// <summary>Registers the monthly tier review reminder when the host starts; registering again is a no-op.</summary>
    private sealed class TierReviewScheduler(IGrainFactory grains, ILogger<TierReviewScheduler> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm).ScheduleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Monthly tier review scheduled");
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
