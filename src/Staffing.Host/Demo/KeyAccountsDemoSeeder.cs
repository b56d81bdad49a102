using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Host.Demo;

/// <summary>
/// Gives the demo firm its key-account data once the firm is seeded (registered after <see cref="DemoFirmSeeder"/>):
/// bill rates (cost plus a grade markup), account stages with evidence (some accounts ready to move up, some not), opportunities at every milestone,
/// R&amp;D offerings with three years of revenue, partners' sales targets, and two accounts whose trailing year is
/// restated across the diamond line so the tier review has changes for a manager to confirm. Each step checks
/// its own data and does only what is missing, so a store seeded by an older version gets what it lacks, and a
/// second silo is harmless.
/// </summary>
internal sealed class KeyAccountsDemoSeeder(IGrainFactory grains, IOptions<DemoOptions> options, TimeProvider clock, ILogger<KeyAccountsDemoSeeder> logger) : IHostedService
{
    private static readonly string[] OfferingNames = ["Supply-chain twin", "Claims triage AI", "Pricing engine", "Cloud landing zone", "Customer 360"];

    /// <summary>In its cluster-wide turn: silos starting together seed one after the other, and the later ones find the work done.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => DemoSeedTurn.RunAsync(grains, "key-accounts", SeedAsync, cancellationToken);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync().ConfigureAwait(false);
        if (!options.Value.Seed || directory.Clients.Count == 0)
        {
            return;
        }

        var dice = new Random(options.Value.RandomSeed);
        var clients = await ClientsAsync(directory).ConfigureAwait(false);
        var staff = (await Task.WhenAll(directory.Staff.Select(id => grains.GetGrain<IStaffGrain>(id).GetAsync())).ConfigureAwait(false)).OfType<StaffInfo>().ToList();
        var owners = staff.Where(s => s.Department == "sales" || s.Grade == Grade.Partner).Select(s => s.Id).DefaultIfEmpty("account-lead").ToList();

        var rated = await SeedBillRatesAsync(staff, dice).ConfigureAwait(false);
        var planned = 0;
        foreach (var client in clients)
        {
            planned += await SeedStageAsync(client, dice, owners).ConfigureAwait(false) ? 1 : 0;
        }

        var book = grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm);
        var before = await book.GetAsync().ConfigureAwait(false);
        var opened = before.Opportunities.IsEmpty ? await SeedOpportunitiesAsync(clients, dice).ConfigureAwait(false) : 0;
        if (before.Offerings.IsEmpty)
        {
            await SeedOfferingsAsync(staff, dice).ConfigureAwait(false);
        }

        if (before.SalesTargets.Count == 0)
        {
            foreach (var partner in staff.Where(s => s.Grade == Grade.Partner).Take(12))
            {
                await book.SetSalesTargetAsync(partner.Id, 15_000_000m + (dice.Next(0, 11) * 1_000_000m)).ConfigureAwait(false);
            }
        }

        // Read again: the stage step changed the accounts, and a restatement is applied to them as they are now.
        var restated = await MoveAcrossDiamondLineAsync(await ClientsAsync(directory).ConfigureAwait(false)).ConfigureAwait(false);
        var pending = restated > 0
            ? (await grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm).ReviewAsync("system").ConfigureAwait(false)).Pending.Length
            : 0;
        logger.LogInformation(
            "Seeded key accounts: {RatedCount} bill rates, {PlanCount} account plans, {OpportunityCount} opportunities, {RestatedCount} accounts restated, {PendingCount} tier changes pending",
            rated, planned, opened, restated, pending);
    }

    private async Task<List<ClientInfo>> ClientsAsync(FirmDirectory directory) =>
        (await Task.WhenAll(directory.Clients.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync())).ConfigureAwait(false)).OfType<ClientInfo>().ToList();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Bill rates for people who have none: cost times a markup that grows with grade (1.5 for analysts to 2.1 for partners, give or take 0.1).</summary>
    private async Task<int> SeedBillRatesAsync(List<StaffInfo> staff, Random dice)
    {
        var unrated = staff.Where(s => s.BillPerWeek == 0 && s.CostPerWeek > 0).ToList();
        foreach (var person in unrated)
        {
            var markup = 1.5m + (0.15m * (int)person.Grade) + (((decimal)dice.NextDouble() - 0.5m) * 0.2m);
            await grains.GetGrain<IStaffGrain>(person.Id).DefineAsync(person with { BillPerWeek = (long)Math.Round(person.CostPerWeek * markup, 0) }).ConfigureAwait(false);
        }

        return unrated.Count;
    }

    /// <summary>
    /// For an account plan with nothing in it: stage by tier (diamond preferred supplier .. ordinary qualified), one
    /// lower for about a third; evidence for every passed stage and part of the current one. A plan already seeded
    /// is left as it is, and an account whose stage an older seeding set back is brought in step with its plan.
    /// </summary>
    private async Task<bool> SeedStageAsync(ClientInfo client, Random dice, List<string> owners)
    {
        var plan = grains.GetGrain<IAccountPlanGrain>(client.Id);
        var current = await plan.GetAsync().ConfigureAwait(false);
        if (!current.Evidence.IsEmpty || !current.History.IsEmpty)
        {
            await KeepInStepAsync(client, current.Stage).ConfigureAwait(false);
            return false;
        }

        var target = (AccountStage)Math.Max(0, TierRank.Of(client.Tier) - (dice.Next(3) == 0 ? 1 : 0));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        for (var stage = AccountStage.QualifiedSupplier; stage <= target; stage++)
        {
            var items = StageRequirements.For(stage).Items;
            var proven = stage < target ? items.Count : dice.Next(items.Count + 1);
            foreach (var item in items.Take(proven))
            {
                var date = today.AddDays(-dice.Next(30, 400));
                await plan.AddEvidenceAsync(new EvidenceInfo { Stage = stage, Item = item, Owner = owners[dice.Next(owners.Count)], Date = date }).ConfigureAwait(false);
            }

            if (stage < target)
            {
                await plan.MoveStageAsync(stage + 1, "system", $"{StageRequirements.For(stage).Proof.Name()} proven").ConfigureAwait(false);
            }
        }

        return true;
    }

    /// <summary>Moves the account to the stage its plan records, one stage at a time as stages always move.</summary>
    private async Task KeepInStepAsync(ClientInfo client, AccountStage planned)
    {
        var grain = grains.GetGrain<IClientGrain>(client.Id);
        for (var stage = client.Stage; stage != planned;)
        {
            stage += stage < planned ? 1 : -1;
            await grain.MoveStageAsync(stage).ConfigureAwait(false);
            logger.LogInformation("Client {ClientId} stage {Stage} restored from its account plan", client.Id, stage);
        }
    }

    /// <summary>One or two opportunities for most accounts, spread over every milestone, some won and some lost.</summary>
    private async Task<int> SeedOpportunitiesAsync(List<ClientInfo> clients, Random dice)
    {
        var count = 0;
        var outcomes = new[] { Milestone.FirstContact, Milestone.NeedsAnalysis, Milestone.SolutionDesign, Milestone.Proposal, Milestone.Negotiation, Milestone.Won, Milestone.Lost };
        foreach (var client in clients.Where((_, i) => i % 4 != 3))
        {
            var opportunities = client.Tier is Tier.Diamond or Tier.Gold ? 2 : 1;
            for (var n = 1; n <= opportunities; n++)
            {
                var id = $"{client.Id}-opp{n}";
                var value = Math.Round((decimal)(dice.NextDouble() * 19 + 1), 1) * 1_000_000m;
                var grain = grains.GetGrain<IOpportunityGrain>(id);
                await grain.OpenAsync(client.Id, $"{client.Name ?? client.Id} deal {n}", value).ConfigureAwait(false);
                var goal = outcomes[dice.Next(outcomes.Length)];
                foreach (var step in MilestonePlaybook.Order.Skip(1).Where(m => goal is Milestone.Won || m <= goal))
                {
                    await grain.ReachAsync(step).ConfigureAwait(false);
                }

                if (goal is Milestone.Won or Milestone.Lost)
                {
                    await grain.ReachAsync(goal).ConfigureAwait(false);
                }

                count++;
            }
        }

        return count;
    }

    /// <summary>Offerings built by two or three R&amp;D people each, with revenue growing over three years.</summary>
    private async Task SeedOfferingsAsync(List<StaffInfo> staff, Random dice)
    {
        var rnd = staff.Where(s => s.Department == PersonKpiCalculator.RndDepartment).Select(s => s.Id).ToList();
        if (rnd.Count == 0)
        {
            return;
        }

        var year = clock.GetUtcNow().Year;
        for (var i = 0; i < OfferingNames.Length; i++)
        {
            var builders = Enumerable.Range(0, 2 + dice.Next(2)).Select(_ => rnd[dice.Next(rnd.Count)]).Distinct().ToList();
            var start = (decimal)(dice.NextDouble() * 3 + 0.5) * 1_000_000m;
            var revenue = Enumerable.Range(0, 3).ToDictionary(k => year - 2 + k, k => Math.Round(start * (1 + k * 0.6m), 0));
            await grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).PutOfferingAsync(new OfferingInfo
            {
                Id = $"offering-{i + 1}",
                Name = OfferingNames[i],
                Builders = [.. builders],
                YearlyRevenue = revenue,
            }).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The largest gold account's trailing year grows past the diamond line and the smallest diamond account's
    /// shrinks below it, each month by the same share, so no month is emptied. Only revenue is written, on the
    /// account as it is now, and the tier is left to the review. A direction the review has already seen (pending,
    /// confirmed, dismissed or applied) is not restated again.
    /// </summary>
    private async Task<int> MoveAcrossDiamondLineAsync(List<ClientInfo> clients)
    {
        var count = 0;
        var seen = (await grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm).GetAsync().ConfigureAwait(false)).Audit;
        var asOf = clients.SelectMany(c => c.Revenue).Select(r => r.Month).DefaultIfEmpty().Max();
        decimal Ttm(ClientInfo c) => TierPolicy.TrailingTwelveMonths(c.ToDomain().Revenue, asOf);
        var line = TierThresholds.Default.Diamond;
        var gold = seen.Any(a => a.To == Tier.Diamond && a.From != Tier.Diamond)
            ? null
            : clients.Where(c => c.Tier == Tier.Gold).OrderByDescending(Ttm).FirstOrDefault();
        var diamond = seen.Any(a => a.From == Tier.Diamond && a.To != Tier.Diamond)
            ? null
            : clients.Where(c => c.Tier == Tier.Diamond).OrderBy(Ttm).FirstOrDefault();
        foreach (var (client, target) in new[] { (gold, line + 1_000_000m), (diamond, line - 1_000_000m) })
        {
            if (client is null || Ttm(client) <= 0)
            {
                continue;
            }

            var share = target / Ttm(client);
            var first = MonthlyRevenue.MonthOf(asOf).AddMonths(-11);
            var year = client.Revenue.Where(r => r.Month >= first && r.Month <= asOf);
            await grains.GetGrain<IClientGrain>(client.Id).RestateRevenueAsync([.. year.Select(r => r with { Amount = Math.Round(r.Amount * share, 0) })]).ConfigureAwait(false);
            logger.LogInformation("Client {ClientId} trailing revenue restated from {From} to {To}", client.Id, Ttm(client), target);
            count++;
        }

        return count;
    }
}
