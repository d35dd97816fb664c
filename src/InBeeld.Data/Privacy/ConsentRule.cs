using InBeeld.Core.Interviews;
using System.Linq.Expressions;

namespace InBeeld.Data.Privacy;

/// <summary>
/// The one rule for which interviews count in analysis and may leave in an export: consent was
/// given for the interview, and the participant has not withdrawn it since. Kept here once, as SQL
/// for the raw queries and as an expression for LINQ, so the two can never drift apart.
/// </summary>
public static class ConsentRule
{
    /// <summary>For raw SQL over "Interviews" aliased as i.</summary>
    public const string CountsSql =
        """i."ConsentGiven" AND NOT EXISTS (SELECT 1 FROM "Participants" cp WHERE cp."Id" = i."ParticipantId" AND cp."ConsentWithdrawnOn" IS NOT NULL)""";

    public static Expression<Func<Interview, bool>> Counts(InBeeldDbContext db) =>
        i => i.Consent.Given && !db.Participants.Any(p => p.Id == i.ParticipantId && p.ConsentWithdrawnOn != null);
}
