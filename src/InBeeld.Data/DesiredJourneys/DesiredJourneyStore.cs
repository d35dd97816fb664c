using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Localization;
using InBeeld.Core.Validation;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.DesiredJourneys;

/// <summary>
/// Desired journeys of a study: made as a copy of an interview's route (or a composite journey's),
/// then changed step by step. Every change is checked and refused as a whole with Dutch messages.
/// </summary>
public sealed class DesiredJourneyStore(InBeeldDbContext db, TimeProvider time)
{
    /// <summary>Copies an interview's route. Only interviews that count (consent given, not withdrawn) can be the start.</summary>
    public async Task<DesiredJourney> CreateFromInterviewAsync(Guid studyId, Guid interviewId, string? title, Guid? by, CancellationToken cancellationToken)
    {
        ThrowIfAny(DesiredJourneyRules.ValidateTitle(title));
        var counts = ConsentRule.Counts(db);
        var interview = await db.Interviews.AsNoTracking()
            .Where(i => i.Id == interviewId && i.StudyId == studyId)
            .Where(counts)
            .Include(i => i.Steps)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InputRejectedException("SourceId", ImprovementText.Get("Desired_InterviewNotUsable"));
        var steps = interview.Steps.OrderBy(s => s.Order)
            .Select(s => new SourceStep(s.Id, s.PhaseId, s.OrganizationId, s.ChannelId, s.Description, s.Experience, s.Handover, s.WaitingDays));
        var journey = DesiredJourneyFactory.Copy(studyId, title!, DesiredSourceKind.Interview, interviewId, steps, time.GetUtcNow(), by);
        db.DesiredJourneys.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return journey;
    }

    /// <summary>
    /// Copies a group's composite journey (fictitious person, real events): its steps with their
    /// resolved descriptions, as the composite page shows them.
    /// </summary>
    public async Task<DesiredJourney> CreateFromCompositeAsync(Guid studyId, Guid groupId, string? title, Guid? by, CancellationToken cancellationToken)
    {
        ThrowIfAny(DesiredJourneyRules.ValidateTitle(title));
        var view = await new Composites.CompositeQuery(db).GetAsync(studyId, groupId, cancellationToken);
        if (view?.Composite is not { } composite)
        {
            throw new InputRejectedException("SourceId", ImprovementText.Get("Desired_CompositeNotUsable"));
        }

        var channels = composite.Steps.ToDictionary(s => s.Id, s => s.ChannelId);
        var steps = view.Steps.OrderBy(s => s.Number)
            .Select(s => new SourceStep(s.Id, s.PhaseId, s.OrganizationId, channels.GetValueOrDefault(s.Id), s.Description, s.Experience, s.Handover, s.WaitingDays));
        return await CreateFromStepsAsync(studyId, DesiredSourceKind.Composite, composite.Id, title, steps, by, cancellationToken);
    }

    /// <summary>Copies steps the caller already read (a composite journey's), so this store needs no knowledge of composites.</summary>
    public async Task<DesiredJourney> CreateFromStepsAsync(Guid studyId, DesiredSourceKind kind, Guid sourceId, string? title, IEnumerable<SourceStep> steps, Guid? by, CancellationToken cancellationToken)
    {
        ThrowIfAny(DesiredJourneyRules.ValidateTitle(title));
        var journey = DesiredJourneyFactory.Copy(studyId, title!, kind, sourceId, steps, time.GetUtcNow(), by);
        db.DesiredJourneys.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return journey;
    }

    public Task<DesiredJourney?> GetAsync(Guid studyId, Guid journeyId, CancellationToken cancellationToken) =>
        db.DesiredJourneys.Include(j => j.Steps).SingleOrDefaultAsync(j => j.Id == journeyId && j.StudyId == studyId, cancellationToken);

    public async Task<IReadOnlyList<DesiredJourney>> ListAsync(Guid studyId, CancellationToken cancellationToken) =>
        await db.DesiredJourneys.AsNoTracking().Include(j => j.Steps)
            .Where(j => j.StudyId == studyId)
            .OrderBy(j => j.Title)
            .ToListAsync(cancellationToken);

    public async Task<bool> RenameAsync(Guid studyId, Guid journeyId, string? title, string? description, CancellationToken cancellationToken)
    {
        ThrowIfAny(DesiredJourneyRules.ValidateTitle(title));
        var journey = await GetAsync(studyId, journeyId, cancellationToken);
        if (journey is null)
        {
            return false;
        }

        journey.Title = title!.Trim();
        journey.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        journey.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateStepAsync(Guid studyId, Guid journeyId, Guid stepId, DesiredStepInput input, CancellationToken cancellationToken)
    {
        var journey = await GetAsync(studyId, journeyId, cancellationToken);
        var step = journey?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (journey is null || step is null)
        {
            return false;
        }

        await ValidateStepAsync(studyId, input, cancellationToken);
        DesiredJourneyRules.Apply(input, step);
        journey.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds a new step after <paramref name="afterStepId"/> (or at the start when null); later steps move up one place.</summary>
    public async Task<DesiredStep?> AddStepAsync(Guid studyId, Guid journeyId, Guid? afterStepId, DesiredStepInput input, CancellationToken cancellationToken)
    {
        var journey = await GetAsync(studyId, journeyId, cancellationToken);
        if (journey is null)
        {
            return null;
        }

        await ValidateStepAsync(studyId, input, cancellationToken);
        var ordered = journey.Steps.OrderBy(s => s.Order).ToList();
        var position = afterStepId is { } after ? ordered.FindIndex(s => s.Id == after) + 1 : 0;
        if (afterStepId is not null && position == 0)
        {
            return null;
        }

        var step = new DesiredStep { DesiredJourneyId = journey.Id, IsAdded = true, Description = string.Empty };
        DesiredJourneyRules.Apply(input, step);
        ordered.Insert(position, step);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i;
        }

        db.DesiredSteps.Add(step);
        journey.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return step;
    }

    /// <summary>
    /// Removes a step: a copied step stays, marked as dropped, so the map shows what goes away; a step
    /// the group added itself is simply deleted. <paramref name="restore"/> undoes a drop.
    /// </summary>
    public async Task<bool> RemoveStepAsync(Guid studyId, Guid journeyId, Guid stepId, bool restore, CancellationToken cancellationToken)
    {
        var journey = await GetAsync(studyId, journeyId, cancellationToken);
        var step = journey?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (journey is null || step is null)
        {
            return false;
        }

        if (step.IsAdded && !restore)
        {
            db.DesiredSteps.Remove(step);
            journey.Steps.Remove(step);
            var i = 0;
            foreach (var s in journey.Steps.OrderBy(s => s.Order))
            {
                s.Order = i++;
            }
        }
        else
        {
            step.IsRemoved = !restore;
        }

        journey.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(Guid studyId, Guid journeyId, CancellationToken cancellationToken) =>
        await db.DesiredJourneys.Where(j => j.Id == journeyId && j.StudyId == studyId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task ValidateStepAsync(Guid studyId, DesiredStepInput input, CancellationToken cancellationToken)
    {
        var phases = (await db.Phases.Where(p => p.StudyId == studyId).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var organizations = (await db.Organizations.Where(o => o.StudyId == studyId).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var channels = (await db.Channels.Where(c => c.StudyId == studyId).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        ThrowIfAny(DesiredJourneyRules.ValidateStep(input, phases, organizations, channels));
    }

    private static void ThrowIfAny(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }
    }
}
