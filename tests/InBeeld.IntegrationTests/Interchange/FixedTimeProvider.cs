namespace InBeeld.IntegrationTests.Interchange;

/// <summary>A clock that always says the same instant (FakeTimeProvider is not available here).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static FixedTimeProvider Default { get; } = new(new DateTimeOffset(2026, 3, 17, 9, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
