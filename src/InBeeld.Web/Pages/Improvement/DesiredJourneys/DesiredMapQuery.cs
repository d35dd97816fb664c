using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Rendering;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>Loads the vocabulary and subject a desired journey's map needs.</summary>
internal static class DesiredMapQuery
{
    public static async Task<JourneyMapModel> BuildAsync(InBeeldDbContext db, DesiredJourney journey, string studyTitle, CancellationToken cancellationToken)
    {
        var vocabulary = new JourneyMapVocabulary(
            await db.Phases.AsNoTracking().Where(p => p.StudyId == journey.StudyId).ToListAsync(cancellationToken),
            await db.Organizations.AsNoTracking().Where(o => o.StudyId == journey.StudyId).ToListAsync(cancellationToken),
            await db.Channels.AsNoTracking().Where(c => c.StudyId == journey.StudyId).ToListAsync(cancellationToken));
        return DesiredJourneyMap.Build(journey, vocabulary, studyTitle, journey.Title, 1, journey.SourceKind == DesiredSourceKind.Composite);
    }
}
