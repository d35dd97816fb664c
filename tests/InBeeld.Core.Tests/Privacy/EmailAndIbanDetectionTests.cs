using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class EmailAndIbanDetectionTests
{
    [Theory]
    [InlineData("jan.jansen@voorbeeld.nl")]
    [InlineData("j.de-vries+school@mail.example.org")]
    [InlineData("anaïs.müller@voorbeeld.de")]
    [InlineData("INFO@VOORBEELD.NL")]
    public void EmailAddress_IsFlagged(string address)
    {
        Detect.In($"Mail naar {address}.").ShouldBe([(PersonalDataKind.Email, address)]);
    }

    [Fact]
    public void EmailAddress_LeavesLeadingDotsOfTheSentence()
    {
        Detect.Texts("zie ...jan@voorbeeld.nl", PersonalDataKind.Email).ShouldBe(["jan@voorbeeld.nl"]);
    }

    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("nl91abna0417164300")]
    [InlineData("BE68539007547034")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    public void Iban_IsFlaggedCompactOrSpaced(string iban)
    {
        Detect.In($"Stort het op {iban} graag.").ShouldBe([(PersonalDataKind.Iban, iban)]);
    }

    [Fact]
    public void Iban_EndsAtTheCountryLength_NotAtTheNextWord()
    {
        // A Belgian IBAN has 16 characters; "naar" after it must not be read as a fifth group.
        Detect.Texts("BE68 5390 0754 7034 naar de bank", PersonalDataKind.Iban).ShouldBe(["BE68 5390 0754 7034"]);
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")] // one digit changed
    [InlineData("NL91ABNA04171643001")] // glued to a further digit
    [InlineData("NL91 ABNA 0417 1643")] // cut short
    public void Iban_FailingTheCheck_IsLeftAlone(string text)
    {
        Detect.Texts(text, PersonalDataKind.Iban).ShouldBeEmpty();
    }
}
