using InBeeld.Core.Rendering;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Maps;

/// <summary>
/// Loads one interview with its steps, quotes and the study's vocabulary and maps it with
/// <see cref="JourneyMapMapper"/>: the single source of the map for the web page, the downloads
/// and the CLI. Vocabulary is read in a fixed order (Order, then name, then id) so two maps of
/// the same interview are identical on every database.
/// </summary>
public sealed class InterviewMapQuery(InBeeldDbContext db)
{
    public async Task<InterviewMap?> GetAsync(Guid studyId, Guid interviewId, CancellationToken cancellationToken)
    {
        var interview = await db.Interviews.AsNoTracking()
            .Include(i => i.Steps).ThenInclude(s => s.Quotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == interviewId && i.StudyId == studyId, cancellationToken);
        if (interview is null)
        {
            return null;
        }

        var title = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var participant = await db.Participants.AsNoTracking().Where(p => p.Id == interview.ParticipantId)
            .Select(p => new { p.Code, p.ConsentWithdrawnOn }).SingleAsync(cancellationToken);
        var code = participant.Code;
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId)
            .OrderBy(p => p.Order).ThenBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .OrderBy(o => o.Order).ThenBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);

        var model = JourneyMapMapper.FromInterview(interview, new JourneyMapVocabulary(phases, organizations, channels), title, code);
        var quoteIds = interview.Steps.OrderBy(s => s.Order)
            .Select(s => (IReadOnlyList<Guid>)JourneyMapMapper.OrderedQuotes(s).Select(q => q.Id).ToList())
            .ToList();
        // The consent rule of analysis and export: given for the interview, not withdrawn since.
        var consent = interview.Consent.Given && participant.ConsentWithdrawnOn is null;
        return new InterviewMap(studyId, interviewId, code, interview.Date, consent, model, quoteIds);
    }
}
