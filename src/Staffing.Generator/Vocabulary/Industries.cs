namespace Staffing.Generator.Vocabulary;

/// <summary>A client industry: the skills its projects usually need and words for company names.</summary>
internal sealed record Industry(string Name, IReadOnlyList<string> Skills, IReadOnlyList<string> NameSuffixes);

internal static class Industries
{
    public static IReadOnlyList<Industry> All { get; } =
    [
        new("telecom", ["telecom-5g", "cloud-arch", "cybersec"], ["Wireless", "Telecom", "Networks"]),
        new("automotive", ["manufacturing-ops", "supply-chain", "ml"], ["Motors", "Automotive", "Mobility"]),
        new("banking", ["risk", "finance-transformation", "cybersec"], ["Bank", "Financial", "Capital"]),
        new("insurance", ["actuarial", "risk", "data-eng"], ["Insurance", "Assurance", "Mutual"]),
        new("retail", ["customer-analytics", "pricing", "supply-chain"], ["Retail", "Stores", "Markets"]),
        new("consumer-goods", ["supply-chain", "customer-analytics", "procurement"], ["Foods", "Brands", "Dairy"]),
        new("energy", ["esg", "manufacturing-ops", "erp-migration"], ["Energy", "Power", "Utilities"]),
        new("pharma", ["supply-chain", "data-eng", "ml"], ["Pharma", "Biosciences", "Health"]),
        new("semiconductors", ["semiconductor", "manufacturing-ops", "supply-chain"], ["Semiconductor", "Microsystems", "Silicon"]),
        new("public-sector", ["change-mgmt", "pmo", "cybersec"], ["Transit Authority", "Water Board", "Health Service"]),
        new("logistics", ["supply-chain", "procurement", "data-eng"], ["Logistics", "Freight", "Shipping"]),
        new("technology", ["cloud-arch", "ux", "java"], ["Software", "Systems", "Digital"]),
    ];
}
