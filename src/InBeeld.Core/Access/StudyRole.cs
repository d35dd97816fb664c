namespace InBeeld.Core.Access;

/// <summary>What a member may do in one study. Roles are per study: the same person can coordinate one study and only read another.</summary>
public enum StudyRole
{
    /// <summary>Leads the study: members, vocabulary, export, the pseudonym key, the audit log.</summary>
    Coordinator,

    /// <summary>Interviews and analyses: sees transcripts and raw interviews.</summary>
    Researcher,

    /// <summary>A chain partner (ketenpartner), scoped to one organisation: patterns, maps, and only its own raw steps.</summary>
    ChainPartner,

    /// <summary>Reads what the study has published.</summary>
    Reader,
}
