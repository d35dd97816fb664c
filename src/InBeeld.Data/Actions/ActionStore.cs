using InBeeld.Core.Actions;
using InBeeld.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Actions;

/// <summary>
/// Creates and changes improvement actions. Every change is checked first and refused as a whole
/// (<see cref="InputRejectedException"/>, nothing written); a status change always adds a history row.
/// </summary>
public sealed class ActionStore(InBeeldDbContext db, TimeProvider time)
{
    public async Task<ImprovementAction> CreateAsync(Guid studyId, ActionInput input, IReadOnlyList<ActionMotivation> motivations, Guid? desiredJourneyId, Guid? by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await ValidateAsync(studyId, input, ActionMonitor.DateOf(now), cancellationToken);
        await ValidateMotivationsAsync(studyId, motivations, cancellationToken);
        var action = new ImprovementAction { StudyId = studyId, Title = string.Empty, CreatedAt = now, CreatedByUserId = by, DesiredJourneyId = desiredJourneyId };
        ActionRules.Apply(input, action);
        action.Open(input.Status, now, by);
        foreach (var motivation in motivations)
        {
            motivation.ActionId = action.Id;
            action.Motivations.Add(motivation);
        }

        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Changes the fields; a different status is recorded with <paramref name="note"/> in the history.</summary>
    public async Task<ImprovementAction?> UpdateAsync(Guid studyId, Guid actionId, ActionInput input, string? note, Guid? by, CancellationToken cancellationToken)
    {
        var action = await GetAsync(studyId, actionId, cancellationToken);
        if (action is null)
        {
            return null;
        }

        await ValidateAsync(studyId, input, ActionMonitor.DateOf(action.CreatedAt), cancellationToken);
        ActionRules.Apply(input, action);
        if (action.ChangeStatus(input.Status, time.GetUtcNow(), by, note) is { } change)
        {
            // Added explicitly: a new row with a client-made key would otherwise be taken for an existing one.
            db.ActionStatusChanges.Add(change);
        }

        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    public async Task<bool> AddMotivationAsync(Guid studyId, Guid actionId, ActionMotivation motivation, CancellationToken cancellationToken)
    {
        var action = await GetAsync(studyId, actionId, cancellationToken);
        if (action is null)
        {
            return false;
        }

        await ValidateMotivationsAsync(studyId, [motivation], cancellationToken);
        motivation.ActionId = action.Id;
        db.ActionMotivations.Add(motivation);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<ImprovementAction?> GetAsync(Guid studyId, Guid actionId, CancellationToken cancellationToken) =>
        db.ImprovementActions
            .Include(a => a.History)
            .Include(a => a.Motivations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == actionId && a.StudyId == studyId, cancellationToken);

    public async Task<IReadOnlyList<ImprovementAction>> ListAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var actions = await db.ImprovementActions
            .AsNoTracking()
            .Include(a => a.Motivations)
            .Where(a => a.StudyId == studyId)
            .ToListAsync(cancellationToken);
        foreach (var action in actions)
        {
            // Kind first, so every list and export shows an action's motivations in the same order.
            action.Motivations = action.Motivations.OrderBy(m => m.Kind).ThenBy(m => m.Id).ToList();
        }

        return actions.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToList();
    }

    private async Task ValidateAsync(Guid studyId, ActionInput input, DateOnly createdOn, CancellationToken cancellationToken)
    {
        var organizations = (await db.Organizations.Where(o => o.StudyId == studyId).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var members = (await db.StudyMembers.Where(m => m.StudyId == studyId).Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var errors = ActionRules.Validate(input, organizations, members, createdOn);
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }
    }

    /// <summary>A motivation may only point at this study's data: a guessed id from another study is refused.</summary>
    private async Task ValidateMotivationsAsync(Guid studyId, IReadOnlyList<ActionMotivation> motivations, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        foreach (var m in motivations)
        {
            var ok = m.Kind switch
            {
                MotivationKind.Step => m.StepId is { } s && await db.Steps.AnyAsync(x => x.Id == s && db.Interviews.Any(i => i.Id == x.InterviewId && i.StudyId == studyId), cancellationToken),
                MotivationKind.Quote => m.QuoteId is { } q && await db.Quotes.AnyAsync(x => x.Id == q && db.Steps.Any(st => st.Id == x.StepId && db.Interviews.Any(i => i.Id == st.InterviewId && i.StudyId == studyId)), cancellationToken),
                MotivationKind.DesiredStep => m.DesiredStepId is { } d && await db.DesiredSteps.AnyAsync(x => x.Id == d && db.DesiredJourneys.Any(j => j.Id == x.DesiredJourneyId && j.StudyId == studyId), cancellationToken),
                MotivationKind.Gap => m.FromOrganizationId is { } f && m.ToOrganizationId is { } t
                    && await db.Organizations.CountAsync(o => o.StudyId == studyId && (o.Id == f || o.Id == t), cancellationToken) == (f == t ? 1 : 2),
                MotivationKind.Pattern => !string.IsNullOrWhiteSpace(m.Pattern) && m.Pattern.Length <= ActionRules.MaxPatternLength,
                _ => false,
            };
            if (!ok)
            {
                errors.Add(new ValidationError("Motivation", Core.Localization.ImprovementText.Get("Action_MotivationNotInStudy")));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }
    }
}
