namespace InBeeld.Core.Privacy;

/// <summary>
/// What kind of personal data a <see cref="PersonalDataFinding"/> is. The order is also the
/// tie-break when two findings of equal length cover the same text (see
/// <see cref="PersonalDataRedactor"/>): the more specific, checksum-backed kinds come first.
/// </summary>
public enum PersonalDataKind
{
    /// <summary>Burgerservicenummer (or the older sofinummer), 11-proef checked.</summary>
    Bsn,

    /// <summary>Dutch mobile, landline, service (0800/0900) or +31 number.</summary>
    Phone,

    Email,

    /// <summary>IBAN of a European country, length and mod-97 checked.</summary>
    Iban,

    /// <summary>Postcode (with or without house number) or street with house number.</summary>
    PostcodeHouseNumber,

    /// <summary>A date next to a birth cue such as "geboren" or "geboortedatum".</summary>
    DateOfBirth,

    /// <summary>A name after a cue (title, "ik heet", "mijn moeder") or from the study's list.</summary>
    PersonName,
}
