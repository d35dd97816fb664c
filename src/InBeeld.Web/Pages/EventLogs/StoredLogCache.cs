using InBeeld.Core.EventLogs.Model;
using InBeeld.Data.EventLogs;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Keeps the last few loaded logs in memory. A stored log never changes after import (it can only be
/// deleted), so a cached copy is never stale; reloading a million events costs a second or two,
/// while every filter on the log page asks for the same log again. Logs above the in-memory limit
/// never come here on PostgreSQL (see <see cref="LogMining"/>).
/// </summary>
public sealed class StoredLogCache
{
    private const int Capacity = 3;
    private readonly Lock _lock = new();
    private readonly LinkedList<(Guid StudyId, Guid LogId, EventLog Log)> _recent = [];
    private int _loads;

    /// <summary>How many logs were read from the database into memory since the start (a test checks the database path reads none).</summary>
    public int Loads => Volatile.Read(ref _loads);

    public async Task<EventLog?> GetAsync(EventLogStore store, Guid studyId, Guid logId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.StudyId == studyId && node.Value.LogId == logId)
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Log;
                }
            }
        }

        Interlocked.Increment(ref _loads);
        var log = await store.LoadAsync(studyId, logId, cancellationToken);
        if (log is not null)
        {
            lock (_lock)
            {
                _recent.AddFirst((studyId, logId, log));
                while (_recent.Count > Capacity)
                {
                    _recent.RemoveLast();
                }
            }
        }

        return log;
    }

    public void Forget(Guid logId)
    {
        lock (_lock)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.LogId == logId)
                {
                    _recent.Remove(node);
                    return;
                }
            }
        }
    }
}
