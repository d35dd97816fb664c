using InBeeld.Core.Actions;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Actions;

/// <summary>
/// A chain partner's one change to an action: its status, with a note, and only for an action that
/// the partner's own organisation owns. The organisation is checked here, on the stored action, so
/// no page or guessed id can reach another organisation's action or any other field.
/// </summary>
public sealed class OwnActionStatus(InBeeldDbContext db, TimeProvider time)
{
    public enum Outcome { Changed, NotFound, NotOwnOrganization, Unchanged }

    /// <summary>What the status form shows of an action.</summary>
    public sealed record View(Guid Id, string Title, ActionStatus Status, Guid? OwnerOrganizationId);

    public async Task<(Outcome Outcome, View? Action)> FindAsync(Guid studyId, Guid actionId, Guid? organizationId, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.Id == actionId && a.StudyId == studyId)
            .Select(a => new View(a.Id, a.Title, a.Status, a.OwnerOrganizationId))
            .SingleOrDefaultAsync(cancellationToken);
        return action is null ? (Outcome.NotFound, null)
            : !IsOwn(action.OwnerOrganizationId, organizationId) ? (Outcome.NotOwnOrganization, action)
            : (Outcome.Changed, action);
    }

    /// <summary>
    /// Records the change in the action's history with <paramref name="by"/> as its author. The same
    /// status again changes nothing (<see cref="Outcome.Unchanged"/>): the history keeps real changes only.
    /// </summary>
    public async Task<Outcome> ChangeAsync(Guid studyId, Guid actionId, Guid? organizationId, ActionStatus to, string? note, Guid by, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Unknown status.");
        }

        var action = await db.ImprovementActions.Include(a => a.History)
            .SingleOrDefaultAsync(a => a.Id == actionId && a.StudyId == studyId, cancellationToken);
        if (action is null)
        {
            return Outcome.NotFound;
        }

        if (!IsOwn(action.OwnerOrganizationId, organizationId))
        {
            return Outcome.NotOwnOrganization;
        }

        if (action.ChangeStatus(to, time.GetUtcNow(), by, note) is not { } change)
        {
            return Outcome.Unchanged;
        }

        // Added explicitly: a new row with a client-made key would otherwise be taken for an existing one.
        db.ActionStatusChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Changed;
    }

    // An action without an owner belongs to nobody's organisation, and a member without one owns nothing.
    private static bool IsOwn(Guid? owner, Guid? organizationId) => owner is { } o && organizationId is { } m && o == m;
}
