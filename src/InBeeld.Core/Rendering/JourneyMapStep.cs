using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering;

/// <summary>One step of the route as the map shows it.</summary>
public sealed record JourneyMapStep
{
    /// <summary>Index into <see cref="JourneyMapModel.Phases"/>; null (or out of range) puts the step in "Zonder fase".</summary>
    public int? Phase { get; init; }

    /// <summary>Index into <see cref="JourneyMapModel.Organizations"/>; null (or out of range) puts the step in the client's lane.</summary>
    public int? Organization { get; init; }

    public string? Channel { get; init; }
    public required string Description { get; init; }

    /// <summary>−2 … +2; null (or out of range) draws no hartslag point.</summary>
    public int? Experience { get; init; }

    public string? PainPoint { get; init; }
    public string? BrightSpot { get; init; }

    /// <summary>Handover to the next step.</summary>
    public HandoverKind Handover { get; init; }

    public int? WaitingDays { get; init; }

    /// <summary>The one quote printed with the step on the map, without quotation marks: the researcher's pick.</summary>
    public string? Quote { get; init; }

    /// <summary>The step's other quotes, in order: listed in the booklet and the table, not on the map.</summary>
    public IReadOnlyList<string> OtherQuotes { get; init; } = [];
}
