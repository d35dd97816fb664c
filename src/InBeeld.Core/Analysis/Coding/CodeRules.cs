using System.Text.RegularExpressions;

namespace InBeeld.Core.Analysis.Coding;

/// <summary>Limits shared by codebook forms, a later importer and the database schema.</summary>
public static partial class CodeRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2_000;
    public const string DefaultColour = "#5b6770";

    public static bool IsValidColour(string? colour) => colour is not null && ColourPattern().IsMatch(colour);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColourPattern();
}
