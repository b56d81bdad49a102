namespace Staffing.ClusterDrill;

/// <summary>Named checks, printed as they are decided, closing with one "N passed, N failed" line.</summary>
internal sealed class CheckList
{
    private int _passed;
    private int _failed;

    public bool AllPassed => _failed == 0;

    public bool Check(string name, bool passed, string? detail = null)
    {
        if (passed)
        {
            _passed++;
        }
        else
        {
            _failed++;
        }

        Console.WriteLine($"{(passed ? "PASS" : "FAIL")}  {name}{(detail is null ? "" : $" ({detail})")}");
        return passed;
    }

    public void PrintSummary() => Console.WriteLine($"{_passed} passed, {_failed} failed");
}
