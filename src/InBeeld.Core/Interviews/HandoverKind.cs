namespace InBeeld.Core.Interviews;

/// <summary>
/// The handover (overdracht) from a step to the next: warm (introduced in person, information
/// passed on), koud (sent on, story told again), geen (nobody passed the person on).
/// </summary>
public enum HandoverKind
{
    NotRecorded,
    Warm,
    Cold,
    None,
}
