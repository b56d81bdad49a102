namespace Staffing.Grains.Abstractions;

/// <summary>The grain storage provider names; the host registers its provider under these.</summary>
public static class StorageNames
{
    /// <summary>Where every staffing grain keeps its state.</summary>
    public const string Default = "staffing";
}

/// <summary>One state name per grain class, so two grain classes never read each other's records.</summary>
public static class StateNames
{
    public const string Client = "client";
    public const string Project = "project";
    public const string Staff = "staff";
    public const string Firm = "firm";
    public const string User = "user";
    public const string TierReview = "tier-review";
    public const string AccountPlan = "account-plan";
    public const string Opportunity = "opportunity";
    public const string CommercialBook = "commercial-book";
    public const string AuditTrail = "audit-trail";
    public const string Proposal = "proposal";
    public const string WorkList = "work-list";
    public const string Return = "return";
    public const string Pick = "pick";
    public const string Idempotency = "idempotency";
    public const string BookingChange = "booking-change";
}

/// <summary>Well-known grain keys.</summary>
public static class GrainKeys
{
    /// <summary>The one firm directory grain.</summary>
    public const string Firm = "firm";
}
