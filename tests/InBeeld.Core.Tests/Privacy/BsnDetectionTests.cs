using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class BsnDetectionTests
{
    [Theory]
    [InlineData("Mijn nummer is 111222333.", "111222333")]
    [InlineData("Noteer 1234.56.782 even.", "1234.56.782")]
    [InlineData("Noteer 1234 56 782 even.", "1234 56 782")]
    [InlineData("Noteer 111 222 333 even.", "111 222 333")]
    [InlineData("Noteer 111 22 23 33 even.", "111 22 23 33")]
    public void ValidNumber_IsFlaggedWithoutCue(string text, string expected)
    {
        Detect.In(text).ShouldBe([(PersonalDataKind.Bsn, expected)]);
    }

    [Fact]
    public void InvalidNumber_WithoutCue_IsLeftAlone()
    {
        // 123456789 fails the 11-proef (see BsnCheckTests).
        Detect.In("Dossiernummer 123456789 is afgesloten.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Mijn BSN is 123456789, denk ik.", "123456789")]
    [InlineData("burgerservicenummer: 111222334", "111222334")]
    [InlineData("Het BSN-nummer van mijn zoon is 123456789", "123456789")]
    [InlineData("sofinummer 12345678", "12345678")]
    public void NumberAfterCue_IsFlaggedEvenWhenItFailsTheCheck(string text, string expected)
    {
        Detect.Texts(text, PersonalDataKind.Bsn).ShouldBe([expected]);
    }

    [Fact]
    public void EightDigits_CountAsBsnOnlyAfterCue()
    {
        // 12345672 passes as 012345672, yet without a cue it could be any order number.
        Detect.In("Ordernummer 12345672.").ShouldBeEmpty();
        Detect.Texts("Sofinummer was 12345672.", PersonalDataKind.Bsn).ShouldBe(["12345672"]);
    }

    [Fact]
    public void FindingCoversTheNumberNotTheCue()
    {
        var text = "BSN: 111222333";
        var finding = PersonalDataDetector.Default.Find(text).ShouldHaveSingleItem();
        finding.ShouldBe(new PersonalDataFinding(PersonalDataKind.Bsn, 5, 9, "[BSN]"));
    }

    [Theory]
    [InlineData("Het kostte € 123456782.")] // valid 11-proef, but an amount
    [InlineData("Het kostte EUR 123456782.")]
    [InlineData("Nummer 1234567820 heeft tien cijfers.")] // nine valid digits inside a longer run
    [InlineData("Bedrag 123.456.782,00 totaal.")]
    public void AmountsAndLongerNumbers_AreNotBsns(string text)
    {
        Detect.Texts(text, PersonalDataKind.Bsn).ShouldBeEmpty();
    }
}
