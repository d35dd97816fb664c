using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Maps;

/// <summary>
/// The researcher picks the strongest quote of a step for the map. The map prints a step's first
/// quote by Order, so picking moves the quote to the front and keeps the others in their order;
/// no extra column is needed and the pick travels along with export and import.
/// </summary>
public static class QuoteOnMap
{
    /// <returns>False when the quote is not one of this interview's (nothing changed).</returns>
    public static async Task<bool> PickAsync(InBeeldDbContext db, Guid studyId, Guid interviewId, Guid quoteId, CancellationToken cancellationToken)
    {
        var stepId = await db.Quotes
            .Where(q => q.Id == quoteId)
            .Join(db.Steps, q => q.StepId, s => s.Id, (q, s) => s)
            .Join(db.Interviews, s => s.InterviewId, i => i.Id, (s, i) => new { StepId = s.Id, i.Id, i.StudyId })
            .Where(x => x.Id == interviewId && x.StudyId == studyId)
            .Select(x => (Guid?)x.StepId)
            .SingleOrDefaultAsync(cancellationToken);
        if (stepId is null)
        {
            return false;
        }

        var quotes = await db.Quotes.Where(q => q.StepId == stepId).ToListAsync(cancellationToken);
        // Same order as the map (JourneyMapMapper.OrderedQuotes), blank quotes included so they keep a place.
        var ordered = quotes.OrderBy(q => q.Order).ThenBy(q => q.Id).ToList();
        var picked = ordered.Single(q => q.Id == quoteId);
        ordered.Remove(picked);
        ordered.Insert(0, picked);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
