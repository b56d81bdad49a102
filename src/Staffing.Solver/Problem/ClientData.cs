using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>One client, indexed: its tier, its given dedicated partner (or -1) and the people it returned.</summary>
internal sealed record ClientData(int Index, Client Client, int GivenPartner, IReadOnlySet<int> Returned)
{
    public string Id => Client.Id;

    public bool IsDiamond => Client.Tier == Tier.Diamond;

    public int PartnerLoad => Client.EffectivePartnerLoad;
}
