namespace Staffing.Cli.Tests;

/// <summary>Option parsing: lists may repeat, single values may not.</summary>
public sealed class CommandLineArgsTests
{
    [Fact]
    public void A_list_option_takes_repeats_and_commas()
    {
        var args = CommandLineArgs.Parse(["--scenario", "a.json,b.json", "--scenario", "c.json"]);

        Assert.Equal(["a.json", "b.json", "c.json"], args.All("scenario"));
    }

    [Fact]
    public void A_single_value_option_given_twice_is_refused()
    {
        var args = CommandLineArgs.Parse(["--out", "a.json", "--out", "b.json"]);

        var error = Assert.Throws<UsageException>(() => args.Optional("out"));
        Assert.Equal("option --out given twice", error.Message);
    }

    [Fact]
    public void A_missing_list_option_is_empty()
    {
        var args = CommandLineArgs.Parse(["--time-limit", "3"]);

        Assert.Empty(args.All("scenario"));
        Assert.Equal(3, args.Double("time-limit", 1));
    }
}
