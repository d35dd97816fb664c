namespace InBeeld.Core.EventLogs.Mining;

/// <summary>Which cases (or events) a time window keeps.</summary>
public enum TimeWindowMode
{
    /// <summary>Cases that start and end inside the window.</summary>
    Contained,

    /// <summary>Cases with any time inside the window.</summary>
    Intersecting,

    /// <summary>Cases that start inside the window.</summary>
    Started,

    /// <summary>Only the occurrences completed inside the window; cases left without any are dropped.</summary>
    TrimEvents,
}
