namespace InBeeld.Data.Coding;

/// <summary>What became of an interview's fragment codings after its transcript changed: moved along with their words, or removed.</summary>
public sealed record FragmentRealignmentResult(int Moved, int Removed);
