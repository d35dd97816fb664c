using InBeeld.Core.Interviews;

namespace InBeeld.Core.Demo;

/// <summary>
/// One step of a hand-written story arc. Alternatives (texts, quotes) and the optional flag let the
/// builder vary the arc between the interviews that follow it, without randomness.
/// </summary>
internal sealed record StepTemplate(string Phase, string? Organization, string? Channel, params string[] Texts)
{
    public string? TurningPoint { get; init; }

    /// <summary>Beleving −2..+2 as the arc intends it.</summary>
    public int Experience { get; init; }

    /// <summary>When set, interviews may feel this step one point better or worse.</summary>
    public bool Varies { get; init; }

    public string? PainPoint { get; init; }
    public string? BrightSpot { get; init; }
    public HandoverKind Handover { get; init; }

    /// <summary>Days until the next step, before the per-interview stretch.</summary>
    public int DaysToNext { get; init; } = 30;

    /// <summary>True when <see cref="DaysToNext"/> is time spent waiting (for a decision, a place, a call).</summary>
    public bool Waiting { get; init; }

    /// <summary>Quotes to choose from; each interview takes at most one.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>Left out in some interviews, so routes of one arc differ in length.</summary>
    public bool Optional { get; init; }

    /// <summary>How precisely a participant would remember the date of this step.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Month;
}
