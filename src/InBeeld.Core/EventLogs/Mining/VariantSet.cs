namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// The variants of a log, most frequent first (ties: by the activity names in order, ordinal), and
/// for each case the number of its variant in <see cref="Variants"/>.
/// </summary>
public sealed record VariantSet(IReadOnlyList<string> ActivityNames, IReadOnlyList<Variant> Variants, IReadOnlyList<int> VariantOfCase)
{
    /// <summary>The variant as text, activities joined by " → ".</summary>
    public string Describe(Variant variant) => string.Join(" → ", variant.Activities.Select(a => ActivityNames[a]));
}
