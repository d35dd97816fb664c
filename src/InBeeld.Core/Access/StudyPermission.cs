namespace InBeeld.Core.Access;

/// <summary>
/// Everything a page, export, CLI command or endpoint can ask for inside a study. Each route names
/// exactly one of these; <see cref="AccessMatrix"/> says which roles hold it.
/// </summary>
public enum StudyPermission
{
    /// <summary>The study's title, question, period and what it has published.</summary>
    ViewStudy,

    /// <summary>Aggregated figures: patterns, overview, composite journeys and maps — no raw interview data.</summary>
    ViewPatterns,

    /// <summary>Raw steps of the member's own organisation (chain partners), or of all organisations.</summary>
    ViewOrganizationSteps,

    /// <summary>Participants (pseudonym codes and attributes), interviews, routes and transcripts.</summary>
    ViewInterviews,

    /// <summary>Register participants, record interviews and routes.</summary>
    EditInterviews,

    /// <summary>Title, period, vocabulary, retention period.</summary>
    ManageStudy,

    /// <summary>Who is a member, in which role.</summary>
    ManageMembers,

    /// <summary>The pseudonym key: which code belongs to which contact details.</summary>
    ViewPseudonymKey,

    /// <summary>Export the whole study, an access request for one participant.</summary>
    ExportRawData,

    /// <summary>Erase a participant everywhere.</summary>
    EraseParticipant,

    /// <summary>The study's audit log.</summary>
    ViewAuditLog,

    /// <summary>
    /// Change the status of an improvement action, with a note, when the member's own organisation
    /// owns it — nothing else of the action. Pages check the organisation match on top of this.
    /// </summary>
    UpdateOwnActions,
}
