using System.Security.Cryptography;
using System.Text;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Calendar;
using InBeeld.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Calendar;

/// <summary>
/// A user's iCalendar feed: the due and review dates of open actions they own, and — in studies they
/// coordinate — the day each open action is due for review. The feed is fetched with a secret token
/// (calendar apps cannot sign in); a token only opens its own user's feed.
/// </summary>
public sealed class CalendarFeedService(InBeeldDbContext db, TimeProvider time)
{
    /// <summary>Makes a new token, replacing any old one, and returns it: the only time it is seen in clear.</summary>
    public async Task<string> RenewAsync(Guid userId, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = Hash(token), CreatedAt = time.GetUtcNow() });
        }
        else
        {
            feed.TokenHash = Hash(token);
            feed.CreatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public Task<bool> HasFeedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.CalendarFeeds.AnyAsync(f => f.UserId == userId, cancellationToken);

    /// <summary>True when <paramref name="token"/> is <paramref name="userId"/>'s current token (compared in constant time).</summary>
    public async Task<bool> IsValidAsync(Guid userId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return false;
        }

        var stored = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => f.TokenHash).SingleOrDefaultAsync(cancellationToken);
        return stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(Hash(token)));
    }

    public async Task<string> WriteAsync(Guid userId, Func<Guid, Guid, string> actionUrl, CancellationToken cancellationToken)
    {
        var today = ActionMonitor.Today(time);
        var memberships = await db.StudyMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.StudyId, m.Role }).ToListAsync(cancellationToken);
        var member = memberships.Select(m => m.StudyId).ToList();
        var coordinated = memberships.Where(m => m.Role == StudyRole.Coordinator).Select(m => m.StudyId).ToList();
        var actions = await db.ImprovementActions.AsNoTracking()
            .Where(a => (a.OwnerUserId == userId && member.Contains(a.StudyId)) || coordinated.Contains(a.StudyId))
            .ToListAsync(cancellationToken);
        var cadences = await db.Studies.AsNoTracking().Where(s => member.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.ReviewCadenceDays, cancellationToken);

        var events = new List<CalendarEvent>();
        foreach (var action in actions.Where(a => ActionMonitor.IsOpen(a.Status)))
        {
            var url = actionUrl(action.StudyId, action.Id);
            if (action.OwnerUserId == userId && action.DueDate is { } due)
            {
                events.Add(new CalendarEvent($"{action.Id:N}-due@inbeeld", due, ImprovementText.Get("Calendar_Due", action.Title), null, url));
            }

            if (action.OwnerUserId == userId && action.NextReviewDate is { } review)
            {
                events.Add(new CalendarEvent($"{action.Id:N}-review@inbeeld", review, ImprovementText.Get("Calendar_Review", action.Title), null, url));
            }

            if (coordinated.Contains(action.StudyId)
                && ActionMonitor.Assess(action, today, cadences.GetValueOrDefault(action.StudyId)).ReviewDueOn is { } reviewDue
                && !(action.OwnerUserId == userId && action.NextReviewDate == reviewDue))
            {
                events.Add(new CalendarEvent($"{action.Id:N}-cadence@inbeeld", reviewDue, ImprovementText.Get("Calendar_ReviewDue", action.Title), null, url));
            }
        }

        return IcsWriter.Write(ImprovementText.Get("Calendar_Name"), events, time.GetUtcNow());
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
