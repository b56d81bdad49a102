namespace Staffing.Domain;

/// <summary>Where a project is in its life: proposed, running or done.</summary>
public enum ProjectStatus
{
    Pipeline = 0,
    Active = 1,
    Closed = 2,
}
