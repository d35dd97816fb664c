namespace InBeeld.Core.Auditing;

public enum AuditResult
{
    Succeeded,

    /// <summary>Refused: not signed in, not a member, or the role does not allow it.</summary>
    Denied,

    /// <summary>Tried and failed, e.g. a wrong password or an invalid form.</summary>
    Failed,
}
