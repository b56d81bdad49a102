namespace Staffing.Host.Demo;

/// <summary>
/// The one place the demo firm is seeded from (key 0): every silo asks it on start, the cluster runs one
/// activation, so silos starting together seed the firm once and the others wait for it to finish.
/// </summary>
public interface IDemoSeedGrain : IGrainWithIntegerKey
{
    /// <summary>Seeds the demo firm when the store is empty; a no-op otherwise. Returns whether it seeded.</summary>
    [ResponseTimeout("00:10:00")]
    Task<bool> SeedIfEmptyAsync();
}
