using Staffing.Scenarios;

namespace Staffing.Domain.Tests.Workflows;

public class ReturnSlaTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Tier.Diamond, true)]
    [InlineData(Tier.Gold, false)]
    [InlineData(Tier.Strategic, false)]
    [InlineData(Tier.Ordinary, false)]
    public void Only_diamond_returns_carry_a_clock(Tier tier, bool clocked)
    {
        var due = ReturnSla.Default.DueFor(tier, At);

        Assert.Equal(clocked ? At.AddHours(48) : null, due);
    }

    [Fact]
    public void Escalation_happens_once_when_the_clock_ran_out_on_an_open_return()
    {
        var due = At.AddHours(48);

        Assert.False(ReturnSla.ShouldEscalate(due, due.AddSeconds(-1), open: true, alreadyEscalated: false));
        Assert.True(ReturnSla.ShouldEscalate(due, due, open: true, alreadyEscalated: false));
        Assert.False(ReturnSla.ShouldEscalate(due, due.AddHours(1), open: true, alreadyEscalated: true));
        Assert.False(ReturnSla.ShouldEscalate(due, due.AddHours(1), open: false, alreadyEscalated: false));
        Assert.False(ReturnSla.ShouldEscalate(null, due.AddHours(1), open: true, alreadyEscalated: false));
    }

    [Fact]
    public void Remaining_time_goes_negative_when_overdue()
    {
        Assert.Equal(TimeSpan.FromHours(-2), ReturnSla.Remaining(At, At.AddHours(2)));
        Assert.Null(ReturnSla.Remaining(null, At));
    }
}
