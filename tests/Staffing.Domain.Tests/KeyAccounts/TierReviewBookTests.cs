using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class TierReviewBookTests
{
    private static readonly DateOnly Day = new(2026, 5, 12);

    private static PendingTierChange Change(string client, Tier from, Tier to) =>
        new(client, null, from, to, 1m, "revenue", Day, []);

    [Fact]
    public void The_monthly_review_is_due_once_per_calendar_month()
    {
        var book = new TierReviewBook().AfterReview([], Day, monthly: true, "system");

        Assert.False(book.IsDue(Day));
        Assert.False(book.IsDue(new DateOnly(2026, 5, 31)));
        Assert.True(book.IsDue(new DateOnly(2026, 6, 1)));
        Assert.True(new TierReviewBook().IsDue(Day));
    }

    [Fact]
    public void A_missed_month_is_caught_up_by_one_review()
    {
        var book = new TierReviewBook().AfterReview([], new DateOnly(2026, 2, 3), monthly: true, "system");
        var late = new DateOnly(2026, 5, 20);

        var caughtUp = book.AfterReview([], late, monthly: true, "system");

        Assert.Equal(new DateOnly(2026, 5, 1), caughtUp.LastReviewedMonth);
        Assert.False(caughtUp.IsDue(late));
    }

    [Fact]
    public void An_on_demand_review_leaves_the_monthly_one_due()
    {
        var book = new TierReviewBook().AfterReview([Change("a", Tier.Gold, Tier.Diamond)], Day, monthly: false, "manager");

        Assert.True(book.IsDue(Day));
        Assert.Single(book.Pending);
    }

    [Fact]
    public void Repeating_a_review_keeps_one_pending_change_and_one_audit_entry()
    {
        var finding = Change("a", Tier.Gold, Tier.Diamond);

        var book = new TierReviewBook().AfterReview([finding], Day, false, "manager").AfterReview([finding with { Reason = "again" }], Day, false, "manager");

        Assert.Equal("revenue", Assert.Single(book.Pending).Reason);
        Assert.Equal(TierAuditAction.Proposed, Assert.Single(book.Audit).Action);
    }

    [Fact]
    public void Confirming_a_promotion_makes_it_due_today_and_applying_twice_records_it_once()
    {
        var book = new TierReviewBook().AfterReview([Change("a", Tier.Gold, Tier.Diamond)], Day, false, "system");

        var confirmed = book.Confirm("a", "manager", Day);
        var applied = confirmed.MarkApplied("a", Day).MarkApplied("a", Day);

        Assert.Empty(confirmed.Pending);
        Assert.Equal(Day, Assert.Single(confirmed.Due(Day)).EffectiveOn);
        Assert.Empty(applied.Scheduled);
        Assert.Equal([TierAuditAction.Proposed, TierAuditAction.Confirmed, TierAuditAction.Applied], applied.Audit.Select(a => a.Action));
        Assert.Equal("manager", applied.Audit[^1].By);
    }

    [Fact]
    public void A_confirmed_demotion_from_diamond_waits_for_the_month_end()
    {
        var book = new TierReviewBook().AfterReview([Change("b", Tier.Diamond, Tier.Gold)], Day, false, "system").Confirm("b", "manager", Day);

        Assert.Empty(book.Due(Day));
        Assert.Single(book.Due(new DateOnly(2026, 5, 31)));
    }

    [Fact]
    public void A_review_leaves_out_accounts_with_a_confirmed_change_waiting()
    {
        var book = new TierReviewBook().AfterReview([Change("b", Tier.Diamond, Tier.Gold)], Day, false, "system").Confirm("b", "manager", Day);

        var again = book.AfterReview([Change("b", Tier.Diamond, Tier.Gold)], Day.AddDays(1), false, "system");

        Assert.Empty(again.Pending);
        Assert.Single(again.Scheduled);
    }

    [Fact]
    public void Confirming_or_dismissing_an_account_without_a_pending_change_is_refused()
    {
        var book = new TierReviewBook();

        Assert.Equal("there is no pending tier change for client x", Assert.Throws<DomainException>(() => book.Confirm("x", "m", Day)).Message);
        Assert.Throws<DomainException>(() => book.Dismiss("x", "m", Day));
    }

    [Fact]
    public void Dismissing_drops_the_change_and_audits_it()
    {
        var book = new TierReviewBook().AfterReview([Change("c", Tier.Ordinary, Tier.Gold)], Day, false, "system");

        var dismissed = book.Dismiss("c", "manager", Day);

        Assert.Empty(dismissed.Pending);
        Assert.Equal(TierAuditAction.Dismissed, dismissed.Audit[^1].Action);
    }
}
