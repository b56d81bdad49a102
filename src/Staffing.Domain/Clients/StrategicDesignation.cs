namespace Staffing.Domain;

/// <summary>Why a client that is small today is treated as strategic, and when to look at it again.</summary>
public sealed record StrategicDesignation(string Reason, DateOnly ReviewDate);
