namespace InBeeld.Core.Generation;

/// <summary>What to generate: the same options and seed always give the same study.</summary>
public sealed record GenerationOptions
{
    public required int Interviews { get; init; }
    public int Seed { get; init; } = 1;
    public int MinSteps { get; init; } = 6;
    public int MaxSteps { get; init; } = 24;

    /// <summary>First interview date; interviews are spread over the following year.</summary>
    public DateOnly Start { get; init; } = new(2025, 1, 6);
}
