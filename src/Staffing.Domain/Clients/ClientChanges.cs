using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>The account changes a resource manager or account lead can make, each checked here once.</summary>
public static class ClientChanges
{
    /// <summary>Records (or corrects) one month of revenue; the tier is reassessed separately.</summary>
    public static Client RecordRevenue(this Client client, DateOnly month, decimal amount)
    {
        if (amount < 0)
        {
            throw new DomainException($"revenue for {month:yyyy-MM} cannot be negative");
        }

        var first = MonthlyRevenue.MonthOf(month);
        var revenue = client.Revenue.Where(r => r.Month != first).Append(new MonthlyRevenue(first, amount)).OrderBy(r => r.Month).ToList();
        return client with { Revenue = revenue };
    }

    /// <summary>Sends a consultant back; returning the same person twice keeps the first reason and date.</summary>
    public static Client Return(this Client client, string staffId, string reason, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("a return needs a reason");
        }

        return client.HasReturned(staffId)
            ? client
            : client with { Returned = [.. client.Returned, new ReturnedConsultant(staffId, reason, date)] };
    }

    /// <summary>Names the dedicated partner of a diamond account, or clears it with <c>null</c>.</summary>
    public static Client Dedicate(this Client client, string? partnerId, int partnerLoad)
    {
        if (partnerId is not null && client.Tier != Tier.Diamond)
        {
            throw new DomainException($"only diamond clients have a dedicated partner; {client.Id} is {client.Tier}");
        }

        if (partnerLoad is < 1 or > 100)
        {
            throw new DomainException($"partner load must be 1..100, was {partnerLoad}");
        }

        if (partnerId is not null && client.HasReturned(partnerId))
        {
            throw new DomainException($"{client.Id} has returned {partnerId}");
        }

        return client with { DedicatedPartner = partnerId, PartnerLoad = partnerLoad };
    }

    /// <summary>Moves the account one stage up or down; stages are never skipped.</summary>
    public static Client MoveStage(this Client client, AccountStage stage)
    {
        if (Math.Abs((int)stage - (int)client.Stage) > 1)
        {
            throw new DomainException($"{client.Id} cannot move from {client.Stage.Name()} to {stage.Name()}: one stage at a time");
        }

        return client with { Stage = stage };
    }
}
