using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// The confirm step of a committed booking change, the same whether its booking process runs it or the change
/// record rolls it forward: people, then projects, then the clients record their dedicated partners. Every step is
/// idempotent per change id, so running it again is harmless.
/// </summary>
public static class BookingConfirms
{
    public static async Task ConfirmAsync(IGrainFactory grains, string changeId, BookingChangeParties parties)
    {
        await Task.WhenAll(parties.Staff.Select(s => grains.GetGrain<IStaffGrain>(s).ConfirmAsync(changeId)));
        await Task.WhenAll(parties.Projects.Select(p => grains.GetGrain<IProjectGrain>(p).ConfirmHandoversAsync(changeId)));
        foreach (var partner in parties.Partners)
        {
            // Only while the partner's duty is still this client's: a late roll-forward must not undo a later change.
            if ((await grains.GetGrain<IStaffGrain>(partner.Staff).GetAsync())?.Duty?.Client == partner.Client)
            {
                await grains.GetGrain<IClientGrain>(partner.Client).RecordDedicatedPartnerAsync(partner.Staff, partner.Load);
            }
        }
    }
}
