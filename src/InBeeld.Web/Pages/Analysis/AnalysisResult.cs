using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Data;
using InBeeld.Data.Analysis;
using InBeeld.Data.Journeys;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// The analysis of a study under a filter: the whole study is loaded once (from the JourneySet
/// cache), then narrowed to the filtered interviews and every table counted again on those, so
/// denominators follow the filter. Drop-outs count against the study's last phase as outcome.
/// </summary>
public sealed record AnalysisResult(StudyAnalysis Study, JourneyFilter Filter, AnalysisData Data)
{
    public PatternFrequencies Frequencies { get; init; } = null!;
    public IReadOnlyList<CoOccurrenceCell> CoOccurrence { get; init; } = [];
    public HartslagTable Hartslag { get; init; } = null!;
    public GapReport Gaps { get; init; } = null!;
    public IReadOnlyList<SubgroupComparison> Subgroups { get; init; } = [];

    /// <summary>The phase used as outcome for drop-outs, or null when the study has no phases.</summary>
    public VocabularyName? OutcomePhase { get; init; }

    public static async Task<AnalysisResult?> LoadAsync(InBeeldDbContext db, JourneySetCache cache, Guid studyId, JourneyFilter filter, CancellationToken cancellationToken)
    {
        var names = await StudyVocabularyNames.LoadAsync(db, studyId, cancellationToken);
        var outcomePhase = names.Phases.Count == 0 ? null : names.Phases[^1];
        var outcome = outcomePhase is null ? null : new OutcomeDefinition { Phases = [outcomePhase.Id] };
        var study = await new StudyAnalysisQuery(db, cache).GetAsync(studyId, outcome, cancellationToken);
        if (study is null)
        {
            return null;
        }

        if (filter.IsEmpty)
        {
            return new AnalysisResult(study, filter, study.Data)
            {
                Frequencies = study.Frequencies,
                CoOccurrence = study.CoOccurrence,
                Hartslag = study.HartslagPerPhase,
                Gaps = study.Gaps,
                Subgroups = study.Subgroups,
                OutcomePhase = outcomePhase,
            };
        }

        var data = AnalysisSubset.Apply(study.Data, filter);
        return new AnalysisResult(study, filter, data)
        {
            Frequencies = Core.Analysis.Patterns.Frequencies.Compute(data),
            CoOccurrence = Core.Analysis.Patterns.CoOccurrence.Compute(data),
            Hartslag = HartslagAnalysis.Compute(data, HartslagDimension.Phase),
            Gaps = GapAnalysis.Compute(data),
            Subgroups = [.. data.Attributes.Select(g => SubgroupAnalysis.Compare(data, g))],
            OutcomePhase = outcomePhase,
        };
    }
}
