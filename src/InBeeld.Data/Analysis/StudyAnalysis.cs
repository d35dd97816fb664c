using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;

namespace InBeeld.Data.Analysis;

/// <summary>
/// Every analysis table of a study, computed from one JourneySet, with the names to show them and
/// the <see cref="Data"/> that resolves any figure's evidence to interviews, steps and quotes.
/// </summary>
public sealed record StudyAnalysis
{
    public required Guid StudyId { get; init; }
    public required string Title { get; init; }

    /// <summary>All interviews of the study, with and without consent.</summary>
    public required int Interviews { get; init; }

    /// <summary>Counted but never analysed.</summary>
    public required int InterviewsWithoutConsent { get; init; }

    public required AnalysisData Data { get; init; }
    public required StudyVocabularyNames Vocabulary { get; init; }

    /// <summary>Code names by id; empty until the study has a codebook.</summary>
    public IReadOnlyDictionary<Guid, string> CodeNames { get; init; } = new Dictionary<Guid, string>();
    public required PatternFrequencies Frequencies { get; init; }
    public required IReadOnlyList<CoOccurrenceCell> CoOccurrence { get; init; }
    public required HartslagTable HartslagPerPhase { get; init; }
    public required HartslagTable HartslagPerOrganization { get; init; }
    public required GapReport Gaps { get; init; }
    public required IReadOnlyList<SubgroupComparison> Subgroups { get; init; }
    public required IReadOnlyList<SkippedAttribute> SkippedAttributes { get; init; }

    /// <summary>False until the study has codings: code tables are then empty, not zero.</summary>
    public bool HasCodings => Data.Codings is { CodingCount: > 0 };
}
