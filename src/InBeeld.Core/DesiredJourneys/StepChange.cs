namespace InBeeld.Core.DesiredJourneys;

/// <summary>How a desired step differs from the current journey it was copied from.</summary>
public enum StepChange
{
    Unchanged,
    Changed,

    /// <summary>New in the desired journey (e.g. one contact person who stays with the young person).</summary>
    Added,

    /// <summary>Gone in the desired journey (e.g. telling the story a second time); still drawn, marked, so the change shows.</summary>
    Removed,
}
