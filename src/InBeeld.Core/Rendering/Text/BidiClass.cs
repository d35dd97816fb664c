namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// The bidirectional character types the reorderer needs (a subset of Unicode's Bidi_Class;
/// explicit embeddings and isolates are not supported because map texts are single lines typed
/// by people, not marked-up documents). .NET has no public Bidi_Class lookup, so the type comes
/// from code point ranges for right-to-left scripts and digits, and from the general category
/// for everything else.
/// </summary>
internal enum BidiClass
{
    /// <summary>Strong left-to-right: Latin, Ethiopic and every other letter not listed below.</summary>
    L,

    /// <summary>Strong right-to-left: Hebrew and the historic right-to-left scripts.</summary>
    R,

    /// <summary>Arabic letter: right-to-left, and turns following European digits into Arabic ones (rule W2).</summary>
    AL,

    /// <summary>European digit (0–9, Persian digits).</summary>
    EN,

    /// <summary>Arabic-Indic digit.</summary>
    AN,

    /// <summary>Plus and minus between digits.</summary>
    ES,

    /// <summary>Currency, percent, degree: belong to an adjacent number.</summary>
    ET,

    /// <summary>Comma, full stop, colon, slash between digits.</summary>
    CS,

    /// <summary>Combining mark: takes the type of the character it sits on.</summary>
    NSM,

    /// <summary>Format character (joiners): ignored by the algorithm.</summary>
    BN,

    WS,

    /// <summary>Other neutral: punctuation, symbols, emoji.</summary>
    ON,
}
