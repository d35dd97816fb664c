using InBeeld.Core.Interviews;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>An interview with its ordered steps and quotes, and the names of the vocabulary the steps refer to.</summary>
public sealed record InterviewRoute(
    string StudyTitle,
    string ParticipantCode,
    Interview Interview,
    IReadOnlyDictionary<Guid, string> Names)
{
    public IReadOnlyList<Step> Steps => Interview.Steps;

    public string? NameOf(Guid? id) => id is { } value && Names.TryGetValue(value, out var name) ? name : null;

    public static async Task<InterviewRoute?> LoadAsync(InBeeldDbContext db, Guid studyId, Guid interviewId, CancellationToken cancellationToken)
    {
        var interview = await db.Interviews.AsNoTracking()
            .Include(i => i.Steps).ThenInclude(s => s.Quotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == interviewId && i.StudyId == studyId, cancellationToken);
        if (interview is null)
        {
            return null;
        }

        interview.Steps = interview.Steps.OrderBy(s => s.Order).ToList();
        foreach (var step in interview.Steps)
        {
            step.Quotes = step.Quotes.OrderBy(q => q.Order).ToList();
        }

        var title = await db.Studies.Where(s => s.Id == studyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var code = await db.Participants.Where(p => p.Id == interview.ParticipantId).Select(p => p.Code).SingleAsync(cancellationToken);
        return new InterviewRoute(title, code, interview, await VocabularyNamesAsync(db, studyId, cancellationToken));
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> VocabularyNamesAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var item in await db.Phases.Where(x => x.StudyId == studyId).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken))
        {
            names[item.Id] = item.Name;
        }

        foreach (var item in await db.Organizations.Where(x => x.StudyId == studyId).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken))
        {
            names[item.Id] = item.Name;
        }

        foreach (var item in await db.Channels.Where(x => x.StudyId == studyId).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken))
        {
            names[item.Id] = item.Name;
        }

        foreach (var item in await db.TurningPoints.Where(x => x.StudyId == studyId).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken))
        {
            names[item.Id] = item.Name;
        }

        return names;
    }
}
