namespace Staffing.Generator.Vocabulary;

/// <summary>Human-looking staff names fitting each region, unique within the firm.</summary>
internal sealed class PersonNames
{
    private static readonly string[] AmerGiven =
    [
        "James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Karen", "Daniel", "Emily",
        "Carlos", "Sofia", "Luis", "Ana", "Kevin", "Rachel", "Brian", "Megan", "Jason", "Laura",
        "Marcus", "Olivia", "Diego", "Camila", "Ethan", "Grace", "Noah", "Chloe", "Tyler", "Hannah",
    ];

    private static readonly string[] AmerFamily =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright",
    ];

    private static readonly string[] EmeaGiven =
    [
        "Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Elena", "Matteo", "Giulia", "Pierre",
        "Camille", "Hugo", "Lea", "Oliver", "Amelia", "Lars", "Ingrid", "Pablo", "Lucia", "Tomasz",
        "Zofia", "Ahmed", "Fatima", "Omar", "Leila", "Niklas", "Clara", "Johan", "Eva", "Henrik",
    ];

    private static readonly string[] EmeaFamily =
    [
        "Weber", "Schmidt", "Fischer", "Becker", "Dubois", "Laurent", "Moreau", "Rossi", "Bianchi", "Romano",
        "Jensen", "Nielsen", "Larsen", "Kowalski", "Nowak", "Berg", "Lindqvist", "Novak", "Haddad", "Mansour",
        "Vermeulen", "Janssen", "de Vries", "Costa", "Silva", "Ferreira", "Keller", "Wagner", "Braun", "Hoffmann",
    ];

    private static readonly string[] ApacGiven =
    [
        "Ken", "Yuki", "Haruto", "Sakura", "Aiko", "Hiroshi", "Min-jun", "Ji-woo", "Seo-yeon", "Raj",
        "Priya", "Arjun", "Ananya", "Vikram", "Deepa", "Linh", "Minh", "Ravi", "Kavya", "Siti",
        "Ahmad", "Hana", "Tomoko", "Daisuke", "Anil", "Sunita", "Rohan", "Maria", "Jose", "Nur",
    ];

    private static readonly string[] ApacFamily =
    [
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Kim", "Park", "Choi", "Jung",
        "Iyer", "Sharma", "Patel", "Gupta", "Reddy", "Nair", "Tan", "Lim", "Ng", "Wong",
        "Nguyen", "Tran", "Pham", "Santos", "Reyes", "Cruz", "Rahman", "Hassan", "Singh", "Kaur",
    ];

    private static readonly string[] ChinaFamily =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
        "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
        "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao",
    ];

    private static readonly string[] ChinaGiven =
    [
        "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yan", "Tao", "Jun", "Xin",
        "Hui", "Qiang", "Lin", "Yu", "Ping", "Hong", "Bo", "Ying", "Chao", "Hao",
        "Xiu", "Dan", "Rui", "Kai", "Yun", "Ning", "Jie", "Lan", "Feng", "Zhen",
    ];

    private const string Initials = "ABCDEFGHJKLMNPRSTW";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(Dice dice, string region)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var name = Compose(dice, region, initials: null);
            if (_used.Add(name))
            {
                return name;
            }
        }

        // Common names repeat in a big firm; middle initials tell people apart, as directories do.
        for (var attempt = 0; ; attempt++)
        {
            var initials = attempt < 40 ? $"{Initial(dice)}." : $"{Initial(dice)}. {Initial(dice)}.";
            var name = Compose(dice, region, initials);
            if (_used.Add(name))
            {
                return name;
            }
        }
    }

    private static char Initial(Dice dice) => Initials[dice.Below(Initials.Length)];

    private static string Compose(Dice dice, string region, string? initials)
    {
        var middle = initials is null ? " " : $" {initials} ";
        return region switch
        {
            // Chinese names put the family name first.
            "china" => dice.OneOf(ChinaFamily) + middle + dice.OneOf(ChinaGiven),
            "emea" => dice.OneOf(EmeaGiven) + middle + dice.OneOf(EmeaFamily),
            "apac" => dice.OneOf(ApacGiven) + middle + dice.OneOf(ApacFamily),
            _ => dice.OneOf(AmerGiven) + middle + dice.OneOf(AmerFamily),
        };
    }
}
