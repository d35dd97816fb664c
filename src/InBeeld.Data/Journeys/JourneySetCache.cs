using System.Collections.Concurrent;
using System.Globalization;
using InBeeld.Core.Journeys;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Keeps the JourneySet of recently viewed studies in memory. Before use, a cheap stamp query
/// (number of interviews and the latest <c>UpdatedAt</c>, kept true by InterviewTouchInterceptor)
/// checks that the database has not changed — also when another web instance changed it. After a
/// change only the interviews touched since the cached stamp are reloaded (JourneySetRefresher).
/// </summary>
/// <remarks>
/// A write stamped earlier than the cached latest <c>UpdatedAt</c> (clocks of several instances out
/// of step) is not seen until the next change; keep instance clocks synchronised (NTP).
/// </remarks>
public sealed class JourneySetCache
{
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<JourneySet> GetAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var (stamp, latest) = await StampAsync(db, studyId, cancellationToken);
        var found = _entries.TryGetValue(studyId, out var cached);
        if (found && cached!.Stamp == stamp)
        {
            cached.LastUsed = Environment.TickCount64;
            return cached.Set;
        }

        var set = found && cached!.Latest is not null
            ? await JourneySetRefresher.RefreshAsync(db, studyId, cached.Set, await ChangedSinceAsync(db, studyId, cached.Latest, cancellationToken), cancellationToken)
            : await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        _entries[studyId] = new Entry(stamp, latest, set) { LastUsed = Environment.TickCount64 };
        Evict();
        return set;
    }

    private void Evict()
    {
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUsed);
            _entries.TryRemove(oldest.Key, out _);
        }
    }

    /// <summary>The stamp, and the latest <c>UpdatedAt</c> as the provider returned it (text on SQLite), to ask later what changed since.</summary>
    private static Task<(string Stamp, object? Latest)> StampAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) =>
        StudyQuery.RunAsync(db, """SELECT COUNT(*), MAX("UpdatedAt") FROM "Interviews" WHERE "StudyId" = @study""", studyId, async reader =>
        {
            await reader.ReadAsync(cancellationToken);
            var latest = reader.IsDBNull(1) ? null : reader.GetValue(1);
            return (string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}|{Convert.ToString(latest, CultureInfo.InvariantCulture)}"), latest);
        }, cancellationToken);

    /// <summary>
    /// Interviews (with or without consent) stamped after <paramref name="since"/>, which is the
    /// provider's own value from the stamp query, so it compares like for like.
    /// </summary>
    private static Task<List<Guid>> ChangedSinceAsync(InBeeldDbContext db, Guid studyId, object since, CancellationToken cancellationToken) =>
        StudyQuery.RunAsync(db, """SELECT "Id" FROM "Interviews" WHERE "StudyId" = @study AND "UpdatedAt" > @since""", studyId, async reader =>
        {
            var changed = new List<Guid>();
            while (await reader.ReadAsync(cancellationToken))
            {
                changed.Add(reader.GetGuid(0));
            }

            return changed;
        }, cancellationToken, ("@since", since));

    private sealed record Entry(string Stamp, object? Latest, JourneySet Set)
    {
        public long LastUsed { get; set; }
    }
}
