namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// The XES lifecycle transition of an event, reduced to what the log keeps: a <c>start</c> opens
/// an activity occurrence, a <c>complete</c> (or an event without a lifecycle) closes one, and every
/// other transition (schedule, assign, suspend, …) is left out of the occurrences and counted.
/// </summary>
public enum LifecycleTransition : byte
{
    Complete,
    Start,
    Other,
}
