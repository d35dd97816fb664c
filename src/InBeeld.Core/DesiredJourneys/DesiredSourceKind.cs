namespace InBeeld.Core.DesiredJourneys;

/// <summary>What a desired journey was copied from.</summary>
public enum DesiredSourceKind
{
    /// <summary>One interview's route.</summary>
    Interview,

    /// <summary>A composite journey of a fictitious person.</summary>
    Composite,
}
