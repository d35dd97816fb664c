using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Journeys;
using InBeeld.Data.Journeys;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Reads a study's codebook and the codings of its analysed interviews into a <see cref="CodingSet"/>
/// aligned with the study's JourneySet. Codings of interviews that do not count under the
/// <see cref="ConsentRule"/> are never read. All coders' codings count: figures are per interview,
/// so two coders labelling the same interview do not count it twice.
/// </summary>
public static class StudyCodingsLoader
{
    /// <returns>The codebook in codebook order, and the codings; null codings when the study has no codebook.</returns>
    public static async Task<(IReadOnlyList<Code> Codes, CodingSet? Codings)> LoadAsync(
        InBeeldDbContext db, Guid studyId, JourneySet set, CancellationToken cancellationToken)
    {
        var codes = CodeTree.InOrder(await db.Codes.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken));
        if (codes.Count == 0)
        {
            return (codes, null);
        }

        var builder = new CodingSetBuilder(set, codes);
        // Ordered by coding id (time-ordered, and the same order on both providers), so the same data gives the same set.
        await StudyQuery.RunAsync(db, $"""
            SELECT c."InterviewId", s."Order", c."CodeId", c."Id", c."QuoteId"
            FROM "Codings" c
            JOIN "Interviews" i ON i."Id" = c."InterviewId"
            LEFT JOIN "Steps" s ON s."Id" = c."StepId"
            WHERE i."StudyId" = @study AND {ConsentRule.CountsSql}
            ORDER BY c."Id"
            """, studyId, async reader =>
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                builder.Add(
                    reader.GetGuid(0),
                    reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetGuid(2),
                    reader.GetGuid(3),
                    reader.IsDBNull(4) ? null : reader.GetGuid(4));
            }

            return 0;
        }, cancellationToken);
        return (codes, builder.Build());
    }
}
