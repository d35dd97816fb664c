using InBeeld.Core.Interviews;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>
/// Renumbers a route 0…n−1. (InterviewId, Order) is unique and both databases check it row by row,
/// so steps first move to negative positions and then to their final ones, in one transaction.
/// </summary>
internal static class StepOrder
{
    public static async Task RenumberAsync(InBeeldDbContext db, IReadOnlyList<Step> stepsInOrder, CancellationToken cancellationToken)
    {
        // Joins the caller's transaction when there is one (deleting a step renumbers the rest).
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        for (var i = 0; i < stepsInOrder.Count; i++)
        {
            stepsInOrder[i].Order = -1 - i;
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < stepsInOrder.Count; i++)
        {
            stepsInOrder[i].Order = i;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Moves one step by <paramref name="delta"/> places (clamped to the route); returns false if it is not in the route.</summary>
    public static bool Move(List<Step> stepsInOrder, Guid stepId, int delta)
    {
        var from = stepsInOrder.FindIndex(s => s.Id == stepId);
        if (from < 0)
        {
            return false;
        }

        var to = Math.Clamp(from + delta, 0, stepsInOrder.Count - 1);
        var step = stepsInOrder[from];
        stepsInOrder.RemoveAt(from);
        stepsInOrder.Insert(to, step);
        return true;
    }
}
