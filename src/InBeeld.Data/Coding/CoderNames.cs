using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>Display names of coders and memo authors, whose ids are account ids as text; an id without an account (removed) shows as itself.</summary>
public static class CoderNames
{
    public static async Task<Dictionary<string, string>> LoadAsync(InBeeldDbContext db, IEnumerable<string> coderIds, CancellationToken cancellationToken)
    {
        var wanted = coderIds.Distinct(StringComparer.Ordinal).ToList();
        var ids = wanted.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
        var byId = accounts.ToDictionary(a => a.Id.ToString(), a => a.DisplayName.Length > 0 ? a.DisplayName : a.UserName ?? a.Id.ToString(), StringComparer.OrdinalIgnoreCase);
        return wanted.ToDictionary(id => id, id => byId.GetValueOrDefault(id) ?? id, StringComparer.Ordinal);
    }
}
