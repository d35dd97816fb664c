using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Mines the directly-follows graph in two passes over the log's columns: one counting edges
/// (a dense from × to table while activities are few), one gathering each edge's waiting times
/// into one array grouped by edge, so percentiles need no per-edge lists.
/// </summary>
public static class DfgMiner
{
    private const int DenseLimit = 2048;

    public static DirectlyFollowsGraph Mine(EventLog log)
    {
        var activities = log.ActivityNames.Count;
        var offsets = log.CaseOffsets;
        var activity = log.Activity;
        var activityCounts = new int[activities];
        var starts = new int[activities];
        var ends = new int[activities];
        foreach (var a in activity)
        {
            activityCounts[a]++;
        }

        var edgeOf = new EdgeIndex(activities);
        var empty = 0;
        var pairs = 0;
        for (var c = 0; c < log.CaseCount; c++)
        {
            var first = offsets[c];
            var last = offsets[c + 1] - 1;
            if (last < first)
            {
                empty++;
                continue;
            }

            starts[activity[first]]++;
            ends[activity[last]]++;
            for (var e = first; e < last; e++)
            {
                edgeOf.Count(activity[e], activity[e + 1]);
            }

            pairs += last - first;
        }

        var edgeCount = edgeOf.Compact(out var edgeFrom, out var edgeTo, out var counts);

        // Waiting times grouped by edge: positions from a prefix sum over the counts.
        var position = new int[edgeCount + 1];
        for (var i = 0; i < edgeCount; i++)
        {
            position[i + 1] = position[i] + counts[i];
        }

        var waits = new long[pairs];
        var next = position[..^1];
        var start = log.Start;
        var complete = log.Complete;
        for (var c = 0; c < log.CaseCount; c++)
        {
            for (var e = offsets[c]; e < offsets[c + 1] - 1; e++)
            {
                var edge = edgeOf.Find(activity[e], activity[e + 1]);
                waits[next[edge]++] = Math.Max(0, start[e + 1] - complete[e]);
            }
        }

        var edges = new DfgEdge[edgeCount];
        for (var i = 0; i < edgeCount; i++)
        {
            edges[i] = new DfgEdge(edgeFrom[i], edgeTo[i], counts[i], DurationStatistics.From(waits.AsSpan(position[i], counts[i])));
        }

        Array.Sort(edges, (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.From != y.From ? x.From.CompareTo(y.From) : x.To.CompareTo(y.To));
        return new DirectlyFollowsGraph
        {
            ActivityNames = log.ActivityNames,
            ActivityCounts = activityCounts,
            Edges = edges,
            StartActivities = Ranked(starts),
            EndActivities = Ranked(ends),
            CaseCount = log.CaseCount,
            EmptyCases = empty,
        };
    }

    internal static ActivityCount[] Ranked(int[] counts) =>
        [.. counts.Select((count, index) => new ActivityCount(index, count)).Where(a => a.Count > 0).OrderByDescending(a => a.Count).ThenBy(a => a.Activity)];

    /// <summary>Edge numbers for (from, to) pairs: a dense table for few activities, a dictionary beyond.</summary>
    private sealed class EdgeIndex(int activities)
    {
        private readonly int[]? _dense = activities <= DenseLimit ? new int[activities * activities] : null;
        private readonly Dictionary<long, int>? _sparse = activities <= DenseLimit ? null : [];
        private int[]? _denseEdge;
        private Dictionary<long, int>? _sparseEdge;

        public void Count(int from, int to)
        {
            if (_dense is not null)
            {
                _dense[(from * activities) + to]++;
            }
            else
            {
                var key = ((long)from << 32) | (uint)to;
                _sparse![key] = _sparse.GetValueOrDefault(key) + 1;
            }
        }

        public int Compact(out int[] from, out int[] to, out int[] counts)
        {
            var f = new List<int>();
            var t = new List<int>();
            var n = new List<int>();
            if (_dense is not null)
            {
                _denseEdge = new int[_dense.Length];
                for (var i = 0; i < _dense.Length; i++)
                {
                    if (_dense[i] > 0)
                    {
                        _denseEdge[i] = f.Count;
                        f.Add(i / activities);
                        t.Add(i % activities);
                        n.Add(_dense[i]);
                    }
                }
            }
            else
            {
                _sparseEdge = [];
                foreach (var (key, count) in _sparse!.OrderBy(p => p.Key))
                {
                    _sparseEdge[key] = f.Count;
                    f.Add((int)(key >> 32));
                    t.Add((int)key);
                    n.Add(count);
                }
            }

            from = [.. f];
            to = [.. t];
            counts = [.. n];
            return f.Count;
        }

        public int Find(int from, int to) => _denseEdge is not null
            ? _denseEdge[(from * activities) + to]
            : _sparseEdge![((long)from << 32) | (uint)to];
    }
}
