using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class PersonalDataRedactorTests
{
    [Fact]
    public void Transcript_WithSeveralFindings_IsRedactedExactly()
    {
        const string text =
            "Interviewer: Kun je iets over jezelf vertellen?\r\n" +
            "Jongere: Ik heet Yusuf, ik ben geboren op 14 februari 2006. Mijn BSN is 111222333, " +
            "dat moest ik steeds opnieuw opgeven. Ik woon op de Kerkstraat 12, 7001 AB Doetinchem. " +
            "Mijn consulent mevrouw van der Linden belde me op 06-12345678 of mailde naar " +
            "yusuf2006@voorbeeld.nl. De uitkering ging naar NL91 ABNA 0417 1643 00, € 1.234,56 per maand.\r\n";

        var findings = PersonalDataDetector.Default.Find(text);
        var redacted = PersonalDataRedactor.Replace(text, findings);

        redacted.ShouldBe(
            "Interviewer: Kun je iets over jezelf vertellen?\r\n" +
            "Jongere: Ik heet [NAAM], ik ben geboren op [GEBOORTEDATUM]. Mijn BSN is [BSN], " +
            "dat moest ik steeds opnieuw opgeven. Ik woon op de [ADRES] Doetinchem. " +
            "Mijn consulent mevrouw [NAAM] belde me op [TELEFOON] of mailde naar " +
            "[E-MAIL]. De uitkering ging naar [IBAN], € 1.234,56 per maand.\r\n");
        findings.Select(f => f.Kind).ShouldBe(
        [
            PersonalDataKind.PersonName, PersonalDataKind.DateOfBirth, PersonalDataKind.Bsn,
            PersonalDataKind.PostcodeHouseNumber, PersonalDataKind.PersonName, PersonalDataKind.Phone,
            PersonalDataKind.Email, PersonalDataKind.Iban,
        ]);
    }

    [Fact]
    public void OnlyAcceptedFindings_AreReplaced()
    {
        const string text = "Meneer Jansen belde vanaf 06-12345678.";
        var findings = PersonalDataDetector.Default.Find(text);

        var accepted = findings.Where(f => f.Kind == PersonalDataKind.Phone);

        PersonalDataRedactor.Replace(text, accepted).ShouldBe("Meneer Jansen belde vanaf [TELEFOON].");
        PersonalDataRedactor.Replace(text, []).ShouldBe(text);
    }

    [Fact]
    public void PositionsCountUtf16CodeUnits_WithEmojiAndCrLf()
    {
        // 😀 is one surrogate pair (2 code units), 👍🏽 two (4), CRLF 2. Counted by hand:
        // "😀 Bel me op " = 2+1+3+1+2+1+2+1 = 13; the number ends at 13+11 = 24;
        // "\r\nof mail 👍🏽 naar " = 2+2+1+4+1+4+1+4+1 = 20, so the address starts at 44.
        const string text = "😀 Bel me op 06-12345678\r\nof mail 👍🏽 naar a.b@voorbeeld.nl 😀";

        var findings = PersonalDataDetector.Default.Find(text);

        findings.ShouldBe(
        [
            new PersonalDataFinding(PersonalDataKind.Phone, 13, 11, "[TELEFOON]"),
            new PersonalDataFinding(PersonalDataKind.Email, 44, 16, "[E-MAIL]"),
        ]);
        text.Substring(13, 11).ShouldBe("06-12345678");
        text.Substring(44, 16).ShouldBe("a.b@voorbeeld.nl");
        PersonalDataRedactor.Replace(text, findings).ShouldBe("😀 Bel me op [TELEFOON]\r\nof mail 👍🏽 naar [E-MAIL] 😀");
    }

    [Fact]
    public void Overlap_LongestWins()
    {
        const string text = "Kerkstraat 12, 7001 AB";
        PersonalDataRedactor.Replace(text,
        [
            new PersonalDataFinding(PersonalDataKind.PostcodeHouseNumber, 15, 7, "[POSTCODE]"),
            new PersonalDataFinding(PersonalDataKind.PostcodeHouseNumber, 0, 22, "[ADRES]"),
        ]).ShouldBe("[ADRES]");
    }

    [Fact]
    public void Overlap_OfEqualLength_EarliestWins()
    {
        const string text = "abcdefghij";
        PersonalDataRedactor.Replace(text,
        [
            new PersonalDataFinding(PersonalDataKind.PersonName, 4, 4, "[LATER]"),
            new PersonalDataFinding(PersonalDataKind.PersonName, 2, 4, "[EERDER]"),
        ]).ShouldBe("ab[EERDER]ghij");
    }

    [Fact]
    public void Overlap_OnTheSameText_KindOrderWins()
    {
        const string text = "nummer 111222333";
        PersonalDataRedactor.Replace(text,
        [
            new PersonalDataFinding(PersonalDataKind.Phone, 7, 9, "[TELEFOON]"),
            new PersonalDataFinding(PersonalDataKind.Bsn, 7, 9, "[BSN]"),
        ]).ShouldBe("nummer [BSN]");
    }

    [Fact]
    public void Overlap_LeavesNonOverlappingNeighboursAlone()
    {
        const string text = "0123456789";
        PersonalDataRedactor.Replace(text,
        [
            new PersonalDataFinding(PersonalDataKind.Phone, 0, 2, "[A]"),
            new PersonalDataFinding(PersonalDataKind.Phone, 1, 5, "[B]"),
            new PersonalDataFinding(PersonalDataKind.Phone, 6, 2, "[C]"),
            new PersonalDataFinding(PersonalDataKind.Phone, 8, 2, "[D]"),
        ]).ShouldBe("0[B][C][D]");
    }

    [Fact]
    public void FindingOutsideTheText_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            PersonalDataRedactor.Replace("kort", [new PersonalDataFinding(PersonalDataKind.PersonName, 2, 5, "[NAAM]")]));
    }

    [Fact]
    public void FindingThatSplitsAnEmoji_IsRejected()
    {
        Should.Throw<ArgumentException>(() =>
            PersonalDataRedactor.Replace("a😀b", [new PersonalDataFinding(PersonalDataKind.PersonName, 2, 2, "[NAAM]")]));
    }
}
