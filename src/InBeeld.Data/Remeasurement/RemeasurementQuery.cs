using InBeeld.Core.Remeasurement;
using InBeeld.Data.Analysis;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Remeasurement;

/// <summary>Compares a study with the earlier round it re-measures, from the same analysis both rounds get on their own.</summary>
public sealed class RemeasurementQuery(InBeeldDbContext db, JourneySetCache? cache = null)
{
    /// <summary>Null when the study has no earlier round, or either study is gone.</summary>
    public async Task<RoundComparison?> CompareAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var previous = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => s.PreviousStudyId).SingleOrDefaultAsync(cancellationToken);
        if (previous is not { } earlierId)
        {
            return null;
        }

        var earlier = await RoundAsync(earlierId, cancellationToken);
        var later = await RoundAsync(studyId, cancellationToken);
        return earlier is null || later is null ? null : RoundComparison.Compare(earlier, later);
    }

    private async Task<RoundFigures?> RoundAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var analysis = await new StudyAnalysisQuery(db, cache).GetAsync(studyId, null, cancellationToken);
        if (analysis is null)
        {
            return null;
        }

        return new RoundFigures(
            analysis.Title,
            analysis.Interviews,
            analysis.HartslagPerPhase,
            analysis.Gaps,
            analysis.Vocabulary.Phases.ToDictionary(p => p.Id, p => p.Name),
            analysis.Vocabulary.Organizations.ToDictionary(o => o.Id, o => o.Name));
    }
}
