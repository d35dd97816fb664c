namespace InBeeld.Core.Interchange;

/// <summary>
/// Regular expressions the published schema uses, kept in one place so the schema, the validator's
/// Dutch hints and the semantic checks agree.
/// </summary>
public static class SchemaPatterns
{
    public const string IsoDate = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public const string StepDate = Interchange.StepDate.Pattern;
    public const string MunicipalityCode = "^GM[0-9]{4}$";
    public const string PseudonymCode = "^[A-Za-z0-9][A-Za-z0-9_-]*$";
    public const string AttributeKey = "^[a-z0-9][a-z0-9-]*$";

    /// <summary>A one-line text: choices are stored newline-separated, so a newline would split one.</summary>
    public const string SingleLine = "^[^\\r\\n]*$";

    /// <summary>The CoreText key that explains a pattern in words, or null for an unknown pattern.</summary>
    public static string? HintKey(string pattern) => pattern switch
    {
        IsoDate => "Pattern_IsoDate",
        StepDate => "Pattern_StepDate",
        MunicipalityCode => "Pattern_MunicipalityCode",
        PseudonymCode => "Pattern_PseudonymCode",
        AttributeKey => "Pattern_AttributeKey",
        SingleLine => "Pattern_SingleLine",
        _ => null,
    };
}
