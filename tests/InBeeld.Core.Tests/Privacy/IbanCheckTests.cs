using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class IbanCheckTests
{
    // The example IBANs published in the ISO 13616 / SWIFT IBAN registry.
    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("BE68539007547034")]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("nl91abna0417164300")]
    public void Mod97_AcceptsPublishedExamples(string iban)
    {
        IbanCheck.IsValid(iban).ShouldBeTrue();
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")] // last digit changed: mod-97 catches every single-digit change
    [InlineData("NL92ABNA0417164300")] // check digits changed
    [InlineData("NL91ABNA041716430")] // one character short for NL (18)
    [InlineData("BE68539007547034000")] // too long for BE (16)
    [InlineData("US64SVBKUS6S3300958879")] // country outside the list
    [InlineData("NL91 ABNA 0417 1643 00")] // only the compact form; the detector removes spaces
    public void Mod97_RejectsChangedOrMalformedNumbers(string iban)
    {
        IbanCheck.IsValid(iban).ShouldBeFalse();
    }

    [Fact]
    public void LengthFor_KnowsEuropeanCountries()
    {
        IbanCheck.LengthFor("NL").ShouldBe(18);
        IbanCheck.LengthFor("be").ShouldBe(16);
        IbanCheck.LengthFor("MT").ShouldBe(31);
        IbanCheck.LengthFor("XX").ShouldBeNull();
    }
}
