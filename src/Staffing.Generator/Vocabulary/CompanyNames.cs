namespace Staffing.Generator.Vocabulary;

/// <summary>Company-looking client names: a distinctive word and an industry word, never repeated.</summary>
internal sealed class CompanyNames
{
    private static readonly string[] Words =
    [
        "Harbor", "Crescent", "Golden", "Startrail", "Orchard", "Northwind", "Bluepeak", "Silverline",
        "Granite", "Meridian", "Evergreen", "Summit", "Riverstone", "Ironwood", "Lakeshore", "Redwood",
        "Brightwater", "Copperfield", "Falcon", "Pinnacle", "Westbrook", "Sterling", "Oakmont", "Clearview",
        "Horizon", "Beacon", "Cedar", "Atlas", "Polaris", "Aurora", "Vanguard", "Keystone",
        "Sunrise", "Highland", "Greystone", "Maple", "Juniper", "Solstice", "Tidewater", "Ember",
        "Quarry", "Kestrel", "Sapphire", "Lotus", "Jade", "Dragonfly", "Sakura", "Nordic",
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(Dice dice, Industry industry)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = $"{dice.OneOf(Words)} {dice.OneOf(industry.NameSuffixes)}";
            if (_used.Add(name))
            {
                return name;
            }
        }

        // Past the vocabulary: a group name with a number keeps names unique at any size.
        for (var n = 2; ; n++)
        {
            var name = $"{dice.OneOf(Words)} {dice.OneOf(industry.NameSuffixes)} Group {n}";
            if (_used.Add(name))
            {
                return name;
            }
        }
    }
}
