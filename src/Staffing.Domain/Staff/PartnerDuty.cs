namespace Staffing.Domain;

/// <summary>A dedicated partner's reservation: <paramref name="Load"/> percent of every working week for one diamond client.</summary>
public sealed record PartnerDuty(string Client, int Load);
