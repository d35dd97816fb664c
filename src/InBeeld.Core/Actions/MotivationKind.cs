namespace InBeeld.Core.Actions;

/// <summary>What led to an action: the finding it answers.</summary>
public enum MotivationKind
{
    /// <summary>A step of an interview's route.</summary>
    Step,

    /// <summary>A step of a desired journey (e.g. a cold handover that should become warm).</summary>
    DesiredStep,

    /// <summary>The gap between two organisations that follow each other in routes.</summary>
    Gap,

    /// <summary>A pattern from the analysis, described in words with its figure ("7 van 12 interviews").</summary>
    Pattern,

    /// <summary>A quote.</summary>
    Quote,
}
