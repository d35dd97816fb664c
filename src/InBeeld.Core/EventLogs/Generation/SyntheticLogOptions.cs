namespace InBeeld.Core.EventLogs.Generation;

/// <summary>How large a generated log is and where its random choices start.</summary>
public sealed record SyntheticLogOptions
{
    /// <summary>Cases are generated until at least this many events exist (the last case is completed).</summary>
    public required long Events { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>First case starts here (UTC); later cases start up to two years after.</summary>
    public DateTime Start { get; init; } = new(2022, 1, 3, 8, 0, 0, DateTimeKind.Utc);
}
