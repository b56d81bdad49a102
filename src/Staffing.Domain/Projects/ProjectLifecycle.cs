namespace Staffing.Domain;

/// <summary>
/// The allowed status moves: pipeline -> active, pipeline -> closed (lost or withdrawn), active -> closed.
/// A closed project never reopens; a new one is opened instead, so its history stays intact.
/// </summary>
public static class ProjectLifecycle
{
    public static bool CanMove(ProjectStatus from, ProjectStatus to) => (from, to) switch
    {
        (ProjectStatus.Pipeline, ProjectStatus.Active) => true,
        (ProjectStatus.Pipeline, ProjectStatus.Closed) => true,
        (ProjectStatus.Active, ProjectStatus.Closed) => true,
        _ => from == to,
    };

    /// <summary>The project in its new status; throws when the move is not allowed.</summary>
    public static Project Move(Project project, ProjectStatus to) =>
        CanMove(project.Status, to)
            ? project with { Status = to }
            : throw new DomainException($"project {project.Id} cannot move from {project.Status} to {to}");
}
