using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Composites.Similarity;
using InBeeld.Data.Analysis;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Proposes a grouping of a study's interviews into journey types (Core's <see cref="RouteClustering"/>
/// on the consented routes) and stores it as the study's grouping, replacing the previous one with its
/// groups and composites in one transaction. Personas stay; their link to a removed group is cleared.
/// </summary>
public sealed class GroupingService(InBeeldDbContext db, TimeProvider time)
{
    /// <summary>The study's choice and text attributes that can take part in similarity (key and label).</summary>
    public async Task<List<(string Key, string Label)>> AttributeChoicesAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        var (groups, _) = await ParticipantGroupsLoader.LoadAsync(db, studyId, set, cancellationToken);
        return groups.Select(g => (g.Key, g.Label)).ToList();
    }

    public async Task<Grouping> ComputeAsync(Guid studyId, int? k, IReadOnlyCollection<string> attributeKeys, CancellationToken cancellationToken)
    {
        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        var attributes = new List<JourneyGroups>();
        if (attributeKeys.Count > 0)
        {
            var (groups, _) = await ParticipantGroupsLoader.LoadAsync(db, studyId, set, cancellationToken);
            attributes.AddRange(groups.Where(g => attributeKeys.Contains(g.Key, StringComparer.Ordinal)));
        }

        return RouteClustering.Group(RouteProfiles.From(set, attributes), new GroupingOptions { K = k });
    }

    /// <returns>The new grouping's id.</returns>
    public async Task<Guid> SaveAsync(Guid studyId, Grouping grouping, IReadOnlyCollection<string> attributeKeys, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.JourneyGroupings.Where(g => g.StudyId == studyId).ExecuteDeleteAsync(cancellationToken);
        var saved = new JourneyGrouping
        {
            StudyId = studyId,
            Method = grouping.Method,
            K = grouping.K,
            KChosen = grouping.KChosen,
            Candidates = KCandidateList.Format(grouping.Candidates),
            MeanSilhouette = grouping.MeanSilhouette,
            AttributeKeys = string.Join(",", attributeKeys.Order(StringComparer.Ordinal)),
            CreatedAt = now,
            CreatedBy = actor,
        };
        db.JourneyGroupings.Add(saved);
        foreach (var group in grouping.Groups)
        {
            var entity = new JourneyGroup
            {
                StudyId = studyId,
                GroupingId = saved.Id,
                Number = group.Number,
                Name = await GroupNames.ProposeAsync(db, group.Number, group.Medoid, cancellationToken),
                Origin = GroupOrigin.Proposed,
                Silhouette = grouping.Method == GroupingMethod.Single ? null : group.MeanSilhouette,
                MedoidInterviewId = group.Medoid,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.JourneyGroups.Add(entity);
            db.JourneyGroupMembers.AddRange(group.Members.Select(m => new JourneyGroupMember { GroupId = entity.Id, InterviewId = m }));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved.Id;
    }
}
