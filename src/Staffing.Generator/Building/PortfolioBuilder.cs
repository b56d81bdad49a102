using System.Globalization;
using Staffing.Generator.Vocabulary;
using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Builds the projects and their seats: an engagement lead, an engagement manager and consultants
/// per project, with loads, spans sized so the seats ask for a realistic share of the firm's time.
/// </summary>
internal static class PortfolioBuilder
{
    private const int SeatsPerProject = 6;

    // Share of the firm's staff-weeks the seats ask for; the rest is leave, commitments and bench.
    private const double DemandShare = 0.55;

    private static readonly int[] ConsultantLoads = [20, 30, 50, 80, 100];
    private static readonly double[] ConsultantLoadShare = [0.05, 0.05, 0.25, 0.25, 0.40];
    private static readonly double[] ConsultantGradeShare = [0.50, 0.35, 0.15];

    public static List<ProjectDraft> Build(Dice dice, GeneratorOptions options, IReadOnlyList<ClientDraft> clients, StaffIndex index)
    {
        var projectCount = (int)Math.Ceiling(options.Seats / (double)SeatsPerProject);
        var sizes = SeatCounts(dice, projectCount, options.Seats);
        var owners = Owners(dice, projectCount, clients);
        var meanLoad = 65.0;
        var effortPerSeat = DemandShare * options.Staff * options.Weeks * 100.0 / options.Seats;
        var meanSpan = Math.Clamp(effortPerSeat / meanLoad, 1, options.Weeks);
        var requirements = new SeatRequirements(dice, index);
        var width = Math.Max(4, projectCount.ToString(CultureInfo.InvariantCulture).Length);
        var projects = new List<ProjectDraft>(projectCount);
        for (var i = 0; i < projectCount; i++)
        {
            var client = owners[i];
            var topic = Topic(dice, client);
            var project = new ProjectDraft
            {
                Id = "p" + i.ToString("D" + width, CultureInfo.InvariantCulture),
                Client = client,
                Name = ProjectNames.For(dice, topic),
                Region = dice.Chance(0.7) ? client.HomeRegion : dice.OneOf(Regions.All),
                Remote = dice.Chance(0.25),
                Topic = topic.Name,
            };
            var length = (int)Math.Clamp(Math.Round(meanSpan * dice.Uniform(0.9, 1.5)), 1, options.Weeks);
            var start = dice.Chance(0.4) ? 0 : dice.Between(0, options.Weeks - length);
            AddSeats(dice, project, topic, sizes[i], start, start + length, requirements);
            client.Projects.Add(project);
            projects.Add(project);
        }

        return projects;
    }

    private static void AddSeats(Dice dice, ProjectDraft project, Skill topic, int count, int start, int end, SeatRequirements requirements)
    {
        for (var j = 0; j < count; j++)
        {
            var seat = j switch
            {
                0 => Lead(dice, project, start, end),
                1 => Manager(dice, project, start, end),
                _ => Consultant(dice, project, j - 2, start, end),
            };
            requirements.Apply(seat, topic, skillChance: j switch { 0 => 0.3, 1 => 0.9, _ => 0.95 });
            if (j >= 2)
            {
                seat.Role = ConsultantRole(seat);
            }

            project.Seats.Add(seat);
        }
    }

    /// <summary>The engagement lead: a partner for diamond and gold clients, a part of their week.</summary>
    private static SeatDraft Lead(Dice dice, ProjectDraft project, int start, int end) => new()
    {
        Id = project.Id + "/lead",
        Project = project,
        Role = "engagement-lead",
        IsLead = true,
        MinGrade = project.Client.Tier is Tier.Diamond or Tier.Gold ? Grade.Partner : Grade.SeniorManager,
        Load = dice.Chance(0.7) ? 20 : 30,
        Start = start,
        End = end,
    };

    private static SeatDraft Manager(Dice dice, ProjectDraft project, int start, int end) => new()
    {
        Id = project.Id + "/mgr",
        Project = project,
        Role = "engagement-manager",
        MinGrade = Grade.Manager,
        Load = dice.OneOf([50, 80, 100, 100]),
        Start = start,
        End = end,
    };

    /// <summary>A consultant seat for part of the project's weeks.</summary>
    private static SeatDraft Consultant(Dice dice, ProjectDraft project, int number, int start, int end)
    {
        var length = end - start;
        var span = (int)Math.Clamp(Math.Round(length * dice.Uniform(0.35, 1.0)), 1, length);
        var seatStart = start + dice.Between(0, length - span);
        return new SeatDraft
        {
            Id = project.Id + "/s" + number.ToString(CultureInfo.InvariantCulture),
            Project = project,
            Role = "consultant",
            MinGrade = (Grade)dice.Weighted(ConsultantGradeShare),
            Load = ConsultantLoads[dice.Weighted(ConsultantLoadShare)],
            Start = seatStart,
            End = seatStart + span,
        };
    }

    private static string ConsultantRole(SeatDraft seat)
    {
        var rank = seat.MinGrade switch
        {
            Grade.Analyst => "analyst",
            Grade.Consultant => "consultant",
            _ => "lead",
        };
        return seat.Skills.Count == 0 ? rank : $"{seat.Skills[0].Key}-{rank}";
    }

    private static Skill Topic(Dice dice, ClientDraft client)
    {
        var industry = Industries.All.First(i => i.Name == client.Industry);
        return dice.Chance(0.6)
            ? SkillCatalog.Named(dice.OneOf(industry.Skills))
            : SkillCatalog.Topics[dice.Weighted(SkillCatalog.TopicPopularity)];
    }

    /// <summary>Between 3 and 9 seats a project, adjusted so the total is exactly the target.</summary>
    private static int[] SeatCounts(Dice dice, int projects, int seats)
    {
        var sizes = Enumerable.Range(0, projects).Select(_ => dice.Between(3, 9)).ToArray();
        var total = sizes.Sum();
        var largest = Math.Max(12, (int)Math.Ceiling(seats / (double)projects));
        while (total > seats)
        {
            var i = dice.Below(projects);
            if (sizes[i] > 1)
            {
                sizes[i]--;
                total--;
            }
        }

        while (total < seats)
        {
            var i = dice.Below(projects);
            if (sizes[i] < largest)
            {
                sizes[i]++;
                total++;
            }
        }

        return sizes;
    }

    /// <summary>
    /// The client of each project: every client gets one while projects last (diamonds first),
    /// the rest go to clients in proportion to the square root of their revenue.
    /// </summary>
    private static List<ClientDraft> Owners(Dice dice, int projects, IReadOnlyList<ClientDraft> clients)
    {
        var owners = clients.OrderBy(c => c.Tier).Take(projects).ToList();
        var runningTotals = new double[clients.Count];
        var total = 0.0;
        for (var i = 0; i < clients.Count; i++)
        {
            runningTotals[i] = total += Math.Sqrt(Math.Max(1, clients[i].TrailingTwelveMonths));
        }

        while (owners.Count < projects)
        {
            owners.Add(clients[dice.FromRunningTotals(runningTotals)]);
        }

        dice.Shuffle(owners);
        return owners;
    }
}
