namespace Staffing.Scenarios;

/// <summary>Career grade, in ascending order of seniority (the order matters for <c>minGrade</c>).</summary>
public enum Grade
{
    Analyst = 0,
    Consultant = 1,
    Manager = 2,
    SeniorManager = 3,
    Partner = 4,
}
