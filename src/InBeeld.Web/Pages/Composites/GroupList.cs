using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Model;
using InBeeld.Data;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Composites;

/// <summary>A study's grouping as the overview shows it: the reason, the groups with their size and composite, and who is in no group.</summary>
public sealed record GroupList(
    JourneyGrouping? Grouping,
    IReadOnlyList<KCandidate> Candidates,
    IReadOnlyList<GroupRow> Groups,
    int UngroupedInterviews)
{
    public static async Task<GroupList> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var grouping = await db.JourneyGroupings.AsNoTracking().SingleOrDefaultAsync(g => g.StudyId == studyId, cancellationToken);
        var groups = await db.JourneyGroups.AsNoTracking().Where(g => g.StudyId == studyId).OrderBy(g => g.Number)
            .Select(g => new GroupRow(
                g.Id, g.Number, g.Name, g.Origin, g.Silhouette,
                db.JourneyGroupMembers.Count(m => m.GroupId == g.Id),
                db.CompositeJourneys.Any(c => c.GroupId == g.Id)))
            .ToListAsync(cancellationToken);
        var grouped = db.JourneyGroupMembers.Select(m => m.InterviewId);
        var ungrouped = await db.Interviews.Where(i => i.StudyId == studyId && !grouped.Contains(i.Id)).Where(ConsentRule.Counts(db)).CountAsync(cancellationToken);
        return new GroupList(grouping, grouping is null ? [] : KCandidateList.Parse(grouping.Candidates), groups, ungrouped);
    }
}

public sealed record GroupRow(Guid Id, int Number, string Name, GroupOrigin Origin, double? Silhouette, int Members, bool HasComposite);
