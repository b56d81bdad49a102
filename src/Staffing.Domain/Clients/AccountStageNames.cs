namespace Staffing.Domain;

/// <summary>Stage names as people say them, for messages and histories (enum names are for code and JSON).</summary>
public static class AccountStageNames
{
    public static string Name(this AccountStage stage) => stage switch
    {
        AccountStage.QualifiedSupplier => "qualified supplier",
        AccountStage.SmallPilot => "small-batch pilot",
        AccountStage.ScaleUp => "scale-up",
        AccountStage.PreferredSupplier => "sole/preferred supplier",
        _ => stage.ToString(),
    };
}
