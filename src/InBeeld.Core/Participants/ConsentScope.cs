namespace InBeeld.Core.Participants;

/// <summary>What a participant (or their parent or guardian) agreed to. Combined as flags.</summary>
[Flags]
public enum ConsentScope
{
    None = 0,

    /// <summary>Being interviewed and having the route analysed.</summary>
    Interview = 1,

    /// <summary>Own words quoted (pseudonymised) in maps and reports.</summary>
    Quotes = 2,

    /// <summary>An audio recording of the interview.</summary>
    Recording = 4,

    /// <summary>Being contacted again, e.g. for a member check; needs the pseudonym key.</summary>
    Contact = 8,
}
