namespace InBeeld.Core.Analysis.Hartslag;

/// <summary>Experience per phase or organisation, rows in vocabulary order ("not filled in" last, when it occurs).</summary>
/// <param name="InterviewsWithExperience">The denominator of every row's low points and bright spots.</param>
public sealed record HartslagTable(HartslagDimension Dimension, int InterviewsWithExperience, IReadOnlyList<HartslagRow> Rows);
