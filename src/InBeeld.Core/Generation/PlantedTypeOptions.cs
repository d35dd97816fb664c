namespace InBeeld.Core.Generation;

/// <summary>What <see cref="PlantedTypeGenerator"/> makes: the same options always give the same routes.</summary>
public sealed record PlantedTypeOptions
{
    public required int Interviews { get; init; }

    /// <summary>How many journey types are planted; every route is a noisy copy of one type's template.</summary>
    public required int Types { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>Per template step: the chance it is left out, the chance its organisation is replaced, and the chance an extra step follows.</summary>
    public double Noise { get; init; } = 0.1;

    public int Phases { get; init; } = 6;
    public int Organizations { get; init; } = 18;
}
