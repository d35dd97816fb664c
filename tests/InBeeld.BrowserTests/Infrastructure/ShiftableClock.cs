namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// The server's clock in browser tests: real time plus an offset a test may move forward (to make an
/// action overdue) and must put back. Real time underneath keeps cookies and tokens working as usual.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
