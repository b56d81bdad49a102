namespace Staffing.Domain;

/// <summary>A requested change breaks a business rule; the message says which, for the person who asked.</summary>
public sealed class DomainException(string message) : Exception(message);
