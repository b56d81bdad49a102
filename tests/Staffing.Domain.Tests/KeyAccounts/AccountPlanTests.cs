using Staffing.Domain.KeyAccounts;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class AccountPlanTests
{
    private static readonly DateOnly Day = new(2026, 4, 2);

    private static AccountPlan Proven(AccountStage stage) => StageRequirements.For(stage).Items
        .Aggregate(new AccountPlan { ClientId = "c", Stage = stage }, (p, item) => p.AddEvidence(new EvidenceItem(stage, item, "s-1", Day)));

    [Fact]
    public void Each_stage_asks_for_a_different_proof()
    {
        Assert.Equal(
            [StageProof.FinancialSoundness, StageProof.ProductValue, StageProof.DeliveryCapacity, StageProof.CoInnovation],
            StageRequirements.All.Select(r => r.Proof));
    }

    [Fact]
    public void Stages_and_proofs_have_the_names_people_use()
    {
        Assert.Equal(
            ["qualified supplier", "small-batch pilot", "scale-up", "sole/preferred supplier"],
            StageRequirements.All.Select(r => r.Stage.Name()));
        Assert.Equal(
            ["financial soundness", "product value", "delivery capacity", "co-innovation"],
            StageRequirements.All.Select(r => r.Proof.Name()));
    }

    [Fact]
    public void A_new_account_still_has_to_prove_financial_soundness()
    {
        var plan = new AccountPlan { ClientId = "c" }.AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "credit-rating", "s-1", Day));

        Assert.Equal(["audited-accounts", "insurance-certificate"], plan.StillToProve());
        Assert.False(plan.CanMoveUp);
    }

    [Fact]
    public void Moving_up_before_the_proof_is_complete_is_refused_and_names_what_is_missing()
    {
        var plan = new AccountPlan { ClientId = "c" };

        var e = Assert.Throws<DomainException>(() => plan.MoveTo(AccountStage.SmallPilot, "m", "pilot signed", Day));

        Assert.Equal("c cannot move up to small-batch pilot: financial soundness is not proven yet (missing audited-accounts, credit-rating, insurance-certificate)", e.Message);
    }

    [Fact]
    public void A_proven_stage_moves_up_one_step_with_history()
    {
        var moved = Proven(AccountStage.SmallPilot).MoveTo(AccountStage.ScaleUp, "manager", "pilot paid off", Day);

        Assert.Equal(AccountStage.ScaleUp, moved.Stage);
        Assert.Equal(new StageMove(Day, AccountStage.SmallPilot, AccountStage.ScaleUp, "manager", "pilot paid off"), Assert.Single(moved.History));
        Assert.Equal(["capacity-plan", "delivery-sla-report"], moved.StillToProve());
    }

    [Fact]
    public void Stages_are_never_skipped_but_an_account_may_fall_back_without_proof()
    {
        var plan = Proven(AccountStage.QualifiedSupplier);

        var e = Assert.Throws<DomainException>(() => plan.MoveTo(AccountStage.ScaleUp, "m", "jump", Day));
        Assert.Equal("c cannot move from qualified supplier to scale-up: one stage at a time", e.Message);
        Assert.Equal(AccountStage.ScaleUp, new AccountPlan { ClientId = "c", Stage = AccountStage.PreferredSupplier }.MoveTo(AccountStage.ScaleUp, "m", "lost the framework", Day).Stage);
    }

    [Fact]
    public void Evidence_must_be_one_of_the_stages_items_and_have_an_owner()
    {
        var plan = new AccountPlan { ClientId = "c" };

        var e = Assert.Throws<DomainException>(() => plan.AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "pilot-results", "s", Day)));
        Assert.StartsWith("'pilot-results' is not evidence for the qualified supplier stage;", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => plan.AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "credit-rating", " ", Day)));
    }

    [Fact]
    public void Recording_an_item_again_replaces_it()
    {
        var plan = new AccountPlan { ClientId = "c" }
            .AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "credit-rating", "s-1", Day))
            .AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "credit-rating", "s-2", Day.AddDays(1)));

        Assert.Equal("s-2", Assert.Single(plan.Evidence).Owner);
    }

    [Fact]
    public void The_funnel_lists_every_stage_with_zeros()
    {
        var funnel = StageFunnel.Count([AccountStage.ScaleUp, AccountStage.QualifiedSupplier, AccountStage.ScaleUp]);

        Assert.Equal([(AccountStage.QualifiedSupplier, 1), (AccountStage.SmallPilot, 0), (AccountStage.ScaleUp, 2), (AccountStage.PreferredSupplier, 0)], funnel);
    }
}
