using System.Globalization;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Cli.Commands.Maps;

/// <summary>
/// Finds the interview a user means within a study: by id, or by the participant's pseudonym code
/// (case-insensitive) when that participant has exactly one interview. With more than one, the
/// message lists them with date and id so the user can pick.
/// </summary>
internal static class InterviewLookup
{
    public static async Task<Guid> FindAsync(InBeeldDbContext db, Guid studyId, string studyTitle, string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var id))
        {
            return await db.Interviews.AnyAsync(i => i.Id == id && i.StudyId == studyId, cancellationToken)
                ? id
                : throw new CliUserException(CliText.Get("Interview_NotFound", text, studyTitle));
        }

        // Codes are few per study; matching in memory keeps case-insensitivity the same on every provider.
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.StudyId == studyId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, i.Date, p.Code })
            .ToListAsync(cancellationToken);
        var matches = interviews
            .Where(i => string.Equals(i.Code, text.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.Date)
            .ToList();
        return matches switch
        {
            [var only] => only.Id,
            [] => throw new CliUserException(CliText.Get("Interview_NotFound", text, studyTitle)),
            _ => throw new CliUserException(CliText.Get("Interview_Ambiguous", matches[0].Code,
                string.Join(Environment.NewLine, matches.Select(m => $"  {m.Id}  {m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")))),
        };
    }
}
