using InBeeld.Core.Composites.Composition;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Interviews;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Makes (or remakes) a group's composite journey from its members' current routes with Core's
/// <see cref="CompositeBuilder"/>, storing every composite step's sources and quotes by id, and
/// records the researcher's edits to a step. Remaking replaces the composite, edits included; the
/// page says so before.
/// </summary>
public sealed class CompositeService(InBeeldDbContext db, TimeProvider time)
{
    /// <returns>The composite's id; null when the group is unknown or has no analysable member.</returns>
    public async Task<Guid?> BuildAsync(Guid studyId, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.JourneyGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.StudyId == studyId, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var draft = await DraftAsync(studyId, group, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var composite = new CompositeJourney
        {
            StudyId = studyId,
            GroupId = groupId,
            BackboneInterviewId = draft.BackboneInterviewId,
            MemberCount = draft.MemberCount,
            UnplacedStepCount = draft.Unplaced.Count,
            SourceFingerprint = await CompositeSources.FingerprintAsync(db, studyId, groupId, cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
            Steps = draft.Steps.Select(ToEntity).ToList(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CompositeJourneys.Where(c => c.GroupId == groupId).ExecuteDeleteAsync(cancellationToken);
        db.CompositeJourneys.Add(composite);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return composite.Id;
    }

    /// <summary>The proposal for a group as it would be built now, without storing it (the CLI's map of an unbuilt group).</summary>
    public async Task<CompositeDraft?> DraftAsync(Guid studyId, JourneyGroup group, CancellationToken cancellationToken)
    {
        var members = await db.JourneyGroupMembers.AsNoTracking().Where(m => m.GroupId == group.Id).Select(m => m.InterviewId).ToListAsync(cancellationToken);
        var routes = await CompositeSources.LoadRoutesAsync(db, studyId, members, cancellationToken);
        return routes.Count == 0 ? null : CompositeBuilder.Build(routes, group.MedoidInterviewId);
    }

    /// <summary>Stores the researcher's version of a step; the step is marked as edited, its sources stay.</summary>
    public async Task<bool> EditStepAsync(Guid studyId, Guid stepId, CompositeStepEdit edit, string actor, CancellationToken cancellationToken)
    {
        var step = await db.CompositeSteps
            .SingleOrDefaultAsync(s => s.Id == stepId && db.CompositeJourneys.Any(c => c.Id == s.CompositeId && c.StudyId == studyId), cancellationToken);
        if (step is null)
        {
            return false;
        }

        step.Description = edit.Description;
        step.PainPoint = edit.PainPoint;
        step.BrightSpot = edit.BrightSpot;
        step.PhaseId = edit.PhaseId;
        step.OrganizationId = edit.OrganizationId;
        step.Experience = edit.Experience;
        step.Handover = edit.Handover;
        step.Edited = true;
        step.EditedAt = time.GetUtcNow();
        step.EditedBy = actor;
        await db.CompositeJourneys.Where(c => c.Id == step.CompositeId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UpdatedAt, time.GetUtcNow()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static CompositeStep ToEntity(CompositeStepDraft draft)
    {
        var id = Guid.CreateVersion7();
        return new CompositeStep
        {
            Id = id,
            Order = draft.Order,
            PhaseId = draft.PhaseId,
            OrganizationId = draft.OrganizationId,
            ChannelId = draft.ChannelId,
            Experience = draft.Experience,
            Handover = draft.Handover,
            WaitingDays = draft.WaitingDays,
            SupportCount = draft.Sources.Select(s => s.InterviewId).Distinct().Count(),
            DescriptionStepId = draft.DescriptionFrom.StepId,
            PainPointStepId = draft.PainPointFrom?.StepId,
            BrightSpotStepId = draft.BrightSpotFrom?.StepId,
            Sources = draft.Sources.Select(s => new CompositeStepSource { CompositeStepId = id, InterviewId = s.InterviewId, StepId = s.StepId }).ToList(),
            Quotes = draft.Quotes.Select((q, i) => new CompositeStepQuote { CompositeStepId = id, QuoteId = q.QuoteId, InterviewId = q.InterviewId, StepId = q.StepId, Order = i }).ToList(),
        };
    }
}

/// <summary>A researcher's version of a composite step: their own texts (null: as in the source) and structure.</summary>
public sealed record CompositeStepEdit(
    string? Description, string? PainPoint, string? BrightSpot, Guid? PhaseId, Guid? OrganizationId, int? Experience, HandoverKind Handover);
