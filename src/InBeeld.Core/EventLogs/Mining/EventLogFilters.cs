using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>Filters that give a smaller log (cases keep their order); the input is not changed.</summary>
public static class EventLogFilters
{
    private static readonly string[] ActivityKeys = ["concept:name", "activity", "activiteit"];
    private static readonly string[] ResourceKeys = ["org:resource", "resource", "medewerker"];
    private static readonly string[] OrganizationKeys = ["org:group", "organization", "organisation", "organisatie"];

    /// <summary>By time (UTC); an open end is null.</summary>
    public static EventLog TimeWindow(EventLog log, DateTime? from, DateTime? to, TimeWindowMode mode)
    {
        var low = from?.Ticks ?? long.MinValue;
        var high = to?.Ticks ?? long.MaxValue;
        if (mode == TimeWindowMode.TrimEvents)
        {
            return KeepEvents(log, e => log.Complete[e] >= low && log.Complete[e] <= high);
        }

        return KeepCases(log, c =>
        {
            var first = log.CaseOffsets[c];
            var last = log.CaseOffsets[c + 1] - 1;
            if (last < first)
            {
                return false;
            }

            var start = log.Start[first];
            var end = log.Complete[last];
            return mode switch
            {
                TimeWindowMode.Contained => start >= low && end <= high,
                TimeWindowMode.Started => start >= low && start <= high,
                _ => end >= low && start <= high,
            };
        });
    }

    public static EventLog Attribute(EventLog log, AttributeFilter filter)
    {
        var matches = Matcher(log, filter);
        return KeepCases(log, c => matches(c) == filter.Keep);
    }

    /// <summary>The cases of the <paramref name="count"/> most frequent variants.</summary>
    public static EventLog TopVariants(EventLog log, int count)
    {
        var variants = VariantMiner.Mine(log);
        return KeepCases(log, c => variants.VariantOfCase[c] < count);
    }

    private static Func<int, bool> Matcher(EventLog log, AttributeFilter filter)
    {
        if (log.FindCaseAttribute(filter.Key) is { } caseColumn)
        {
            return c => caseColumn.TryGet(c, out var value) && filter.Values.Contains(value.ToString());
        }

        if (log.FindEventAttribute(filter.Key) is { } eventColumn)
        {
            return c => AnyEvent(log, c, e => eventColumn.TryGet(e, out var value) && filter.Values.Contains(value.ToString()));
        }

        if (Is(filter.Key, ActivityKeys))
        {
            var wanted = Wanted(log.ActivityNames, filter.Values);
            return c => AnyEvent(log, c, e => wanted[log.Activity[e]]);
        }

        if (Is(filter.Key, ResourceKeys))
        {
            var wanted = Wanted(log.ResourceNames, filter.Values);
            return c => AnyEvent(log, c, e => log.Resource[e] >= 0 && wanted[log.Resource[e]]);
        }

        if (Is(filter.Key, OrganizationKeys))
        {
            var wanted = Wanted(log.OrganizationNames, filter.Values);
            return c => AnyEvent(log, c, e => log.Organization[e] >= 0 && wanted[log.Organization[e]]);
        }

        var known = log.CaseAttributes.Concat(log.EventAttributes).Select(a => a.Key).Concat(["concept:name", "org:resource", "org:group"]);
        throw new InputRejectedException(filter.Key, EventLogText.Get("Filter_UnknownAttribute", filter.Key, string.Join(", ", known.Select(k => $"'{k}'"))));
    }

    private static bool Is(string key, string[] names) => names.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static bool[] Wanted(IReadOnlyList<string> names, IReadOnlySet<string> values) => [.. names.Select(values.Contains)];

    private static bool AnyEvent(EventLog log, int @case, Func<int, bool> test)
    {
        for (var e = log.CaseOffsets[@case]; e < log.CaseOffsets[@case + 1]; e++)
        {
            if (test(e))
            {
                return true;
            }
        }

        return false;
    }

    private static EventLog KeepCases(EventLog log, Func<int, bool> keep)
    {
        var cases = new List<int>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            if (keep(c))
            {
                cases.Add(c);
            }
        }

        return log.SelectCases(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cases));
    }

    private static EventLog KeepEvents(EventLog log, Func<int, bool> keep)
    {
        var cases = new List<int>();
        var offsets = new List<int> { 0 };
        var rows = new List<int>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            var before = rows.Count;
            for (var e = log.CaseOffsets[c]; e < log.CaseOffsets[c + 1]; e++)
            {
                if (keep(e))
                {
                    rows.Add(e);
                }
            }

            if (rows.Count > before)
            {
                cases.Add(c);
                offsets.Add(rows.Count);
            }
        }

        return log.Select(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cases), [.. offsets], [.. rows]);
    }
}
