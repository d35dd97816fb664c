namespace InBeeld.Core.Privacy;

/// <summary>
/// The Dutch placeholder for each kind. Placeholders name the kind rather than being blank so a
/// redacted quote still reads ("ik woon op [ADRES]") and an analyst knows what was removed.
/// </summary>
public static class PersonalDataPlaceholders
{
    public static string For(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "[BSN]",
        PersonalDataKind.Phone => "[TELEFOON]",
        PersonalDataKind.Email => "[E-MAIL]",
        PersonalDataKind.Iban => "[IBAN]",
        PersonalDataKind.PostcodeHouseNumber => "[ADRES]",
        PersonalDataKind.DateOfBirth => "[GEBOORTEDATUM]",
        PersonalDataKind.PersonName => "[NAAM]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
