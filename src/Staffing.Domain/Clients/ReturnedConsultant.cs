namespace Staffing.Domain;

/// <summary>A consultant the client sent back; never proposed to this client again.</summary>
public sealed record ReturnedConsultant(string StaffId, string Reason, DateOnly Date);
