namespace Staffing.Domain;

/// <summary>How far the firm has come with a client, in the order accounts usually grow.</summary>
public enum AccountStage
{
    QualifiedSupplier = 0,
    SmallPilot = 1,
    ScaleUp = 2,
    PreferredSupplier = 3,
}
