namespace Staffing.Domain.KeyAccounts;

/// <summary>Proof names as people say them, for messages and histories (enum names are for code and JSON).</summary>
public static class StageProofNames
{
    public static string Name(this StageProof proof) => proof switch
    {
        StageProof.FinancialSoundness => "financial soundness",
        StageProof.ProductValue => "product value",
        StageProof.DeliveryCapacity => "delivery capacity",
        StageProof.CoInnovation => "co-innovation",
        _ => proof.ToString(),
    };
}
