using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Data.Coding;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Analysis;

/// <summary>
/// Computes a <see cref="StudyAnalysis"/>: the routes are loaded once as a JourneySet (from the
/// cache when one is given), attributes and names with a few small queries, and every table is
/// counted in memory by the Core analyses. Shared by the CLI (<c>inbeeld analyse</c>) and the web app.
/// </summary>
public sealed class StudyAnalysisQuery(InBeeldDbContext db, JourneySetCache? cache = null)
{
    /// <param name="outcome">What counts as an outcome of a route; null: drop-outs are not counted.</param>
    public async Task<StudyAnalysis?> GetAsync(Guid studyId, OutcomeDefinition? outcome, CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return null;
        }

        var interviews = await db.Interviews.CountAsync(i => i.StudyId == studyId, cancellationToken);
        var withoutConsent = await db.Interviews.CountAsync(i => i.StudyId == studyId && !i.Consent.Given, cancellationToken);
        var set = cache is null
            ? await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken)
            : await cache.GetAsync(db, studyId, cancellationToken);
        var vocabulary = await StudyVocabularyNames.LoadAsync(db, studyId, cancellationToken);
        var (groups, skipped) = await ParticipantGroupsLoader.LoadAsync(db, studyId, set, cancellationToken);
        var (codes, codings) = await StudyCodingsLoader.LoadAsync(db, studyId, set, cancellationToken);
        var data = new AnalysisData { Journeys = set, Codings = codings, Attributes = groups, Outcome = outcome };
        return new StudyAnalysis
        {
            StudyId = studyId,
            Title = title,
            Interviews = interviews,
            InterviewsWithoutConsent = withoutConsent,
            Data = data,
            Vocabulary = vocabulary,
            CodeNames = codes.ToDictionary(c => c.Id, c => c.Name),
            Frequencies = Frequencies.Compute(data),
            CoOccurrence = CoOccurrence.Compute(data),
            HartslagPerPhase = HartslagAnalysis.Compute(data, HartslagDimension.Phase),
            HartslagPerOrganization = HartslagAnalysis.Compute(data, HartslagDimension.Organization),
            Gaps = GapAnalysis.Compute(data),
            Subgroups = [.. groups.Select(g => SubgroupAnalysis.Compare(data, g))],
            SkippedAttributes = skipped,
        };
    }
}
