using InBeeld.Core.Composites;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Composites.Similarity;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// The researcher's changes to a grouping: rename, move an interview, merge two groups, split one in
/// two. Membership changes mark the groups "changed by the researcher" and clear their proposed
/// silhouette; their composites then no longer match their members (the fingerprint says so).
/// Every method returns false for ids outside the study, so guessed ids change nothing.
/// </summary>
public sealed class GroupEditor(InBeeldDbContext db, TimeProvider time)
{
    public async Task<bool> RenameAsync(Guid studyId, Guid groupId, string name, CancellationToken cancellationToken)
    {
        var group = await db.JourneyGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.StudyId == studyId, cancellationToken);
        if (group is null)
        {
            return false;
        }

        group.Name = name.Trim();
        group.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves an interview of the study (grouped or not) into a group; a group left empty is removed.</summary>
    public async Task<bool> MoveAsync(Guid studyId, Guid interviewId, Guid targetGroupId, CancellationToken cancellationToken)
    {
        var target = await db.JourneyGroups.SingleOrDefaultAsync(g => g.Id == targetGroupId && g.StudyId == studyId, cancellationToken);
        if (target is null || !await db.Interviews.AnyAsync(i => i.Id == interviewId && i.StudyId == studyId, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.JourneyGroupMembers.SingleOrDefaultAsync(m => m.InterviewId == interviewId, cancellationToken);
        if (current?.GroupId == targetGroupId)
        {
            return true;
        }

        if (current is not null)
        {
            db.JourneyGroupMembers.Remove(current);
            await MarkChangedAsync(current.GroupId, cancellationToken);
        }

        db.JourneyGroupMembers.Add(new JourneyGroupMember { GroupId = targetGroupId, InterviewId = interviewId, MovedByResearcher = true });
        Changed(target);
        await db.SaveChangesAsync(cancellationToken);
        if (current is not null)
        {
            await RemoveIfEmptyAsync(current.GroupId, targetGroupId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves every member of <paramref name="sourceGroupId"/> into the target and removes the source; its personas follow.</summary>
    public async Task<bool> MergeAsync(Guid studyId, Guid sourceGroupId, Guid targetGroupId, CancellationToken cancellationToken)
    {
        var groups = await db.JourneyGroups.Where(g => g.StudyId == studyId && (g.Id == sourceGroupId || g.Id == targetGroupId)).ToListAsync(cancellationToken);
        if (sourceGroupId == targetGroupId || groups.Count != 2)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var members = await db.JourneyGroupMembers.Where(m => m.GroupId == sourceGroupId).ToListAsync(cancellationToken);
        db.JourneyGroupMembers.RemoveRange(members);
        await db.SaveChangesAsync(cancellationToken);
        db.JourneyGroupMembers.AddRange(members.Select(m => new JourneyGroupMember { GroupId = targetGroupId, InterviewId = m.InterviewId, MovedByResearcher = true }));
        await db.Personas.Where(p => p.GroupId == sourceGroupId).ExecuteUpdateAsync(u => u.SetProperty(p => p.GroupId, targetGroupId), cancellationToken);
        Changed(groups.Single(g => g.Id == targetGroupId));
        db.JourneyGroups.Remove(groups.Single(g => g.Id == sourceGroupId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Splits a group in two by PAM with k = 2 on its members' routes (the same similarity as the
    /// proposal); the smaller part becomes a new group.
    /// </summary>
    /// <returns>The new group's id, or null when the group is unknown or has fewer than two analysable members.</returns>
    public async Task<Guid?> SplitAsync(Guid studyId, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.JourneyGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.StudyId == studyId, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var memberIds = await db.JourneyGroupMembers.Where(m => m.GroupId == groupId).Select(m => m.InterviewId).ToListAsync(cancellationToken);
        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, memberIds, cancellationToken);
        if (set.JourneyCount < 2)
        {
            return null;
        }

        var split = RouteClustering.Group(RouteProfiles.From(set), new GroupingOptions { K = 2 });
        var moving = split.Groups[^1].Members;
        var number = await db.JourneyGroups.Where(g => g.GroupingId == group.GroupingId).MaxAsync(g => g.Number, cancellationToken) + 1;
        var now = time.GetUtcNow();
        var part = new JourneyGroup
        {
            StudyId = studyId,
            GroupingId = group.GroupingId,
            Number = number,
            Name = Truncate(CompositeCoreText.Get("SplitName", group.Name)),
            Origin = GroupOrigin.ChangedByResearcher,
            MedoidInterviewId = split.Groups[^1].Medoid,
            CreatedAt = now,
            UpdatedAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.JourneyGroups.Add(part);
        await db.SaveChangesAsync(cancellationToken);
        await db.JourneyGroupMembers.Where(m => m.GroupId == groupId && moving.Contains(m.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        db.JourneyGroupMembers.AddRange(moving.Select(m => new JourneyGroupMember { GroupId = part.Id, InterviewId = m, MovedByResearcher = true }));
        Changed(group);
        group.MedoidInterviewId = split.Groups[0].Medoid;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return part.Id;
    }

    private void Changed(JourneyGroup group)
    {
        group.Origin = GroupOrigin.ChangedByResearcher;
        group.Silhouette = null;
        group.UpdatedAt = time.GetUtcNow();
    }

    private async Task MarkChangedAsync(Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.JourneyGroups.SingleAsync(g => g.Id == groupId, cancellationToken);
        Changed(group);
    }

    private async Task RemoveIfEmptyAsync(Guid groupId, Guid heirId, CancellationToken cancellationToken)
    {
        if (await db.JourneyGroupMembers.AnyAsync(m => m.GroupId == groupId, cancellationToken))
        {
            return;
        }

        // A persona of a group that no longer has members follows the interview that left last.
        await db.Personas.Where(p => p.GroupId == groupId).ExecuteUpdateAsync(u => u.SetProperty(p => p.GroupId, heirId), cancellationToken);
        await db.JourneyGroups.Where(g => g.Id == groupId).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Truncate(string name) => name.Length <= JourneyGroup.MaxNameLength ? name : name[..JourneyGroup.MaxNameLength];
}
