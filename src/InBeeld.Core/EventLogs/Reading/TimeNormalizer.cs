using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// Turns parsed timestamps into UTC ticks. Timestamps with a zone are already UTC. Timestamps
/// without one are wall-clock time in the log's zone (by default Europe/Amsterdam); in the hour
/// that occurs twice in autumn the standard offset is taken, and a time in the hour skipped in
/// spring is read with the standard offset too. A log that mixes the two forms is refused: their
/// relative order would depend on a guess. Each reader (or parallel worker) has its own
/// normalizer, which remembers the first timestamp of each form for <see cref="CheckNotMixed"/>.
/// </summary>
internal sealed class TimeNormalizer(TimeZoneInfo zone)
{
    private const long BucketTicks = 15 * TimeSpan.TicksPerMinute;
    private readonly long[] _bucket = CreateBuckets();
    private readonly long[] _offset = new long[1024];

    public TimeSample? FirstWithZone { get; private set; }

    public TimeSample? FirstWithoutZone { get; private set; }

    /// <summary>A normalizer holding only this one's first samples (for the mixed-form check), leaving this one empty for reuse.</summary>
    public TimeNormalizer Detach()
    {
        var copy = new TimeNormalizer(zone) { FirstWithZone = FirstWithZone, FirstWithoutZone = FirstWithoutZone };
        FirstWithZone = null;
        FirstWithoutZone = null;
        return copy;
    }

    public long ToUtc(long ticks, bool hasZone) => hasZone ? ticks : ticks - Offset(ticks);

    /// <summary>True when this is the first timestamp of its form, so the caller should <see cref="Record"/> where it is.</summary>
    public bool IsFirstOfItsForm(bool hasZone) => hasZone ? FirstWithZone is null : FirstWithoutZone is null;

    public void Record(bool hasZone, TimeSample sample)
    {
        if (hasZone)
        {
            FirstWithZone ??= sample;
        }
        else
        {
            FirstWithoutZone ??= sample;
        }
    }

    /// <summary>
    /// Refuses the read when timestamps with and without zone both occur; names the first
    /// timestamp whose form differs from the log's very first one. Normalizers come in file order.
    /// </summary>
    public static void CheckNotMixed(IEnumerable<TimeNormalizer> inFileOrder)
    {
        TimeSample? firstZone = null;
        TimeSample? firstLocal = null;
        foreach (var normalizer in inFileOrder)
        {
            firstZone ??= normalizer.FirstWithZone;
            firstLocal ??= normalizer.FirstWithoutZone;
        }

        if (firstZone is null || firstLocal is null)
        {
            return;
        }

        var offending = firstZone.Order > firstLocal.Order ? firstZone : firstLocal;
        var hasZone = ReferenceEquals(offending, firstZone);
        throw new InputRejectedException(offending.Location, EventLogText.Get(
            "Time_Mixed", offending.Text,
            EventLogText.Get(hasZone ? "Time_WithZone" : "Time_WithoutZone"),
            EventLogText.Get(hasZone ? "Time_WithoutZone" : "Time_WithZone")));
    }

    private long Offset(long localTicks)
    {
        // Zone transitions fall on quarter hours, so one offset per local quarter hour is exact;
        // a small direct-mapped cache spares a TimeZoneInfo lookup per event.
        var bucket = localTicks / BucketTicks;
        var slot = (int)(bucket & 1023);
        if (_bucket[slot] != bucket)
        {
            _bucket[slot] = bucket;
            _offset[slot] = zone.GetUtcOffset(new DateTime(bucket * BucketTicks, DateTimeKind.Unspecified)).Ticks;
        }

        return _offset[slot];
    }

    private static long[] CreateBuckets()
    {
        var buckets = new long[1024];
        Array.Fill(buckets, -1);
        return buckets;
    }
}

/// <summary>Where a timestamp was (for messages) and its place in the file (line × 2^20 + position, for ordering).</summary>
internal sealed record TimeSample(string Location, string Text, long Order);
