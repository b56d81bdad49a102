using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>Converts client accounts between the wire records and the domain.</summary>
public static class ClientMapping
{
    public static Client ToDomain(this ClientInfo info) => new()
    {
        Id = info.Id,
        Name = info.Name,
        Industry = info.Industry,
        Tier = info.Tier,
        Stage = info.Stage,
        Revenue = [.. info.Revenue.Select(r => new MonthlyRevenue(r.Month, r.Amount))],
        DedicatedPartner = info.DedicatedPartner,
        PartnerLoad = info.PartnerLoad,
        Returned = [.. info.Returned.Select(r => new ReturnedConsultant(r.StaffId, r.Reason, r.Date))],
        Strategic = info.Strategic is { } s ? new StrategicDesignation(s.Reason, s.ReviewDate) : null,
        TierHistory = [.. info.TierHistory.Select(t => new TierChange(t.Date, t.From, t.To, t.Reason))],
    };

    public static ClientInfo ToInfo(this Client client) => new()
    {
        Id = client.Id,
        Name = client.Name,
        Industry = client.Industry,
        Tier = client.Tier,
        Stage = client.Stage,
        Revenue = [.. client.Revenue.Select(r => new RevenueMonth { Month = r.Month, Amount = r.Amount })],
        DedicatedPartner = client.DedicatedPartner,
        PartnerLoad = client.PartnerLoad,
        Returned = [.. client.Returned.Select(r => new ReturnInfo { StaffId = r.StaffId, Reason = r.Reason, Date = r.Date })],
        Strategic = client.Strategic is { } s ? new StrategicInfo { Reason = s.Reason, ReviewDate = s.ReviewDate } : null,
        TierHistory = [.. client.TierHistory.Select(t => new TierChangeInfo { Date = t.Date, From = t.From, To = t.To, Reason = t.Reason })],
    };
}
