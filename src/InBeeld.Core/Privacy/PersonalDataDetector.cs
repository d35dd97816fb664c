namespace InBeeld.Core.Privacy;

/// <summary>
/// Flags likely personal data in interview transcripts and other free text before it is saved:
/// BSN, phone numbers, e-mail, IBAN, addresses, dates of birth and names. It proposes; the
/// researcher decides, and <see cref="PersonalDataRedactor"/> replaces what was accepted. Number
/// kinds are checked (11-proef, mod-97) to keep false alarms down; names are only found after
/// cues, plus the study's own list of names, so it favours precision — it does not replace
/// reading the transcript. Every pattern runs in time linear in the text length; the detector is
/// immutable and safe to share between threads.
/// </summary>
public sealed class PersonalDataDetector
{
    private readonly KnownNameMatcher? _knownNames;

    public PersonalDataDetector(PersonalDataDetectorOptions? options = null)
    {
        _knownNames = KnownNameMatcher.Create((options ?? new PersonalDataDetectorOptions()).KnownNames);
    }

    /// <summary>A detector without a study-specific name list.</summary>
    public static PersonalDataDetector Default { get; } = new();

    /// <summary>
    /// The findings in <paramref name="text"/>, ordered by position and never overlapping:
    /// where two readings cover the same text the longest wins, then the earliest, then the kind
    /// listed first in <see cref="PersonalDataKind"/>. Positions are UTF-16 code units.
    /// </summary>
    public IReadOnlyList<PersonalDataFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var found = new List<PersonalDataFinding>();
        BsnRecognizer.Find(text, found);
        PhoneRecognizer.Find(text, found);
        EmailRecognizer.Find(text, found);
        IbanRecognizer.Find(text, found);
        AddressRecognizer.Find(text, found);
        BirthDateRecognizer.Find(text, found);
        PersonNameRecognizer.Find(text, found);
        _knownNames?.Find(text, found);
        return FindingOverlap.Resolve(found);
    }
}
