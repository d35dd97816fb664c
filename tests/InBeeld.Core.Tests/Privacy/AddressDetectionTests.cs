using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class AddressDetectionTests
{
    [Theory]
    [InlineData("7001 AB 12")]
    [InlineData("7001AB, 12a")]
    [InlineData("7001 AB")]
    [InlineData("7001ab 12")]
    [InlineData("Kerkstraat 12")]
    [InlineData("Kerkstraat 12a")]
    [InlineData("Stationsplein 1-3")]
    [InlineData("Burgemeester de Vlugtlaan 3-II")]
    [InlineData("Van Goghstraat 5")]
    [InlineData("Oude Gracht 5")]
    [InlineData("Zuiderring 4")]
    [InlineData("Wilhelminapark 120 bis")]
    [InlineData("Kerkstraat 12, 7001 AB")]
    public void Address_IsFlaggedWhole(string address)
    {
        Detect.In($"Ze woont op {address} in Doetinchem.").ShouldBe([(PersonalDataKind.PostcodeHouseNumber, address)]);
    }

    [Theory]
    [InlineData("straat", "Kerkstraat")]
    [InlineData("laan", "Stationslaan")]
    [InlineData("weg", "Hoofdweg")]
    [InlineData("plein", "Marktplein")]
    [InlineData("gracht", "Oudegracht")]
    [InlineData("singel", "Stadssingel")]
    [InlineData("dijk", "Zeedijk")]
    [InlineData("kade", "Handelskade")]
    [InlineData("hof", "Rozenhof")]
    [InlineData("pad", "Kerkpad")]
    [InlineData("steeg", "Bakkerssteeg")]
    [InlineData("dreef", "Beukendreef")]
    [InlineData("park", "Julianapark")]
    public void StreetSuffix_IsRecognised(string suffix, string street)
    {
        Detect.Texts($"Adres: {street} 8.", PersonalDataKind.PostcodeHouseNumber).ShouldBe([$"{street} 8"], suffix);
    }

    [Fact]
    public void SentenceStartBeforeStreet_IsNotPartOfTheAddress()
    {
        Detect.Texts("Op de Kerkstraat 12 woont niemand meer.", PersonalDataKind.PostcodeHouseNumber)
            .ShouldBe(["Kerkstraat 12"]);
    }

    [Theory]
    [InlineData("Ik woon in de Kerkstraat.")] // no house number: many households
    [InlineData("De Vergadering 12 maart ging niet door.")] // -ering is a noun, not a ring road
    [InlineData("In 2004 en 12 keer daarna.")] // lower-case letters with a space are no postcode
    [InlineData("Hij was 2004 SA 12 maanden weg.")] // SA is not used in postcodes
    [InlineData("Dat kostte 1234 euro.")]
    public void TextWithoutAddress_IsLeftAlone(string text)
    {
        Detect.Texts(text, PersonalDataKind.PostcodeHouseNumber).ShouldBeEmpty();
    }
}
