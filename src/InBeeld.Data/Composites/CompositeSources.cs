using InBeeld.Core.Composites.Composition;
using InBeeld.Core.Composites.Model;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Reads what composites are made from: member routes (only interviews that may be analysed, by
/// <see cref="ConsentRule"/>) and the fingerprint of the members as they are now.
/// </summary>
public static class CompositeSources
{
    public static async Task<List<SourceRoute>> LoadRoutesAsync(InBeeldDbContext db, Guid studyId, IReadOnlyCollection<Guid> interviewIds, CancellationToken cancellationToken)
    {
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.StudyId == studyId && interviewIds.Contains(i.Id))
            .Where(ConsentRule.Counts(db))
            .Include(i => i.Steps).ThenInclude(s => s.Quotes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return interviews
            .OrderBy(i => i.Id)
            .Select(i => new SourceRoute(i.Id, i.Steps.OrderBy(s => s.Order).Select(s => new SourceStep
            {
                Id = s.Id,
                PhaseId = s.PhaseId,
                OrganizationId = s.OrganizationId,
                ChannelId = s.ChannelId,
                Description = s.Description,
                Experience = s.Experience,
                PainPoint = s.PainPoint,
                BrightSpot = s.BrightSpot,
                Handover = s.Handover,
                WaitingDays = s.WaitingDays,
                Quotes = s.Quotes.OrderBy(q => q.Order).ThenBy(q => q.Id).Select(q => new SourceQuote(q.Id, q.Text, q.Order)).ToList(),
            }).ToList()))
            .ToList();
    }

    /// <summary>The fingerprint of a group's members now: ids, last change and whether each may be used.</summary>
    public static async Task<string> FingerprintAsync(InBeeldDbContext db, Guid studyId, Guid groupId, CancellationToken cancellationToken)
    {
        var members = db.JourneyGroupMembers.Where(m => m.GroupId == groupId).Select(m => m.InterviewId);
        var counts = ConsentRule.Counts(db);
        var usable = await db.Interviews.AsNoTracking().Where(i => i.StudyId == studyId && members.Contains(i.Id)).Where(counts)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var all = await db.Interviews.AsNoTracking().Where(i => i.StudyId == studyId && members.Contains(i.Id))
            .Select(i => new { i.Id, i.UpdatedAt }).ToListAsync(cancellationToken);
        var memberIds = await members.ToListAsync(cancellationToken);

        // A member whose interview is gone still counts, with a fixed stamp: its absence changes the fingerprint.
        var known = all.ToDictionary(i => i.Id, i => i.UpdatedAt);
        return SourceFingerprint.Compute(memberIds.Select(id => known.TryGetValue(id, out var updated)
            ? (id, updated, usable.Contains(id))
            : (id, DateTimeOffset.MinValue, false)));
    }
}
