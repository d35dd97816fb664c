using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Cli.Commands.Studies;

/// <summary>Finds the study a user means: by id, by exact title, or by an unambiguous title prefix.</summary>
internal static class StudyLookup
{
    public static async Task<(Guid Id, string Title)> FindAsync(InBeeldDbContext db, string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var id))
        {
            var byId = await db.Studies.AsNoTracking().Where(s => s.Id == id).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
            return byId is not null ? (id, byId) : throw new CliUserException(CliText.Get("Study_NotFound", text));
        }

        // Studies are few; matching in memory keeps case-insensitivity the same on every provider.
        var studies = (await db.Studies.AsNoTracking().Select(s => new { s.Id, s.Title, s.CreatedAt }).ToListAsync(cancellationToken))
            .OrderBy(s => s.CreatedAt).ToList();
        var exact = studies.Where(s => string.Equals(s.Title, text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : studies.Where(s => s.Title.StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches switch
        {
            [var only] => (only.Id, only.Title),
            [] => throw new CliUserException(CliText.Get("Study_NotFound", text)),
            _ => throw new CliUserException(CliText.Get("Study_Ambiguous", text,
                string.Join(Environment.NewLine, matches.Select(s => $"  {s.Id}  {s.Title}")))),
        };
    }
}
