namespace InBeeld.Core.Auditing;

/// <summary>
/// One line of the audit log: who did what to which object, with what result, when and from
/// where. Never holds interview content, names or secrets — only ids and fixed action codes —
/// so the log itself is no privacy risk. Append-only: nothing in the app updates or deletes
/// entries, except the retention job removing entries past the audit retention period.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; set; }

    /// <summary>The account, when known; null for anonymous requests and unknown user names.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The account's user name at the time (kept when the account is removed), or "anoniem".</summary>
    public required string Actor { get; set; }

    /// <summary>A fixed code from <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public AuditResult Result { get; set; }
    public Guid? StudyId { get; set; }

    /// <summary>Kind of object, e.g. "Interview", "Participant", "Study", "Account".</summary>
    public string? ObjectType { get; set; }

    public Guid? ObjectId { get; set; }

    /// <summary>IP address of the request, or "cli:&lt;os user&gt;" for the command line.</summary>
    public string? Source { get; set; }
}
