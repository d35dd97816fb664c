using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class PersonNameDetectionTests
{
    [Theory]
    [InlineData("Ik sprak meneer Jansen.", "Jansen")]
    [InlineData("Ik sprak mevrouw De Vries.", "De Vries")]
    [InlineData("Ik sprak meneer van den Berg.", "van den Berg")]
    [InlineData("Ik sprak mw. A. de Vries.", "A. de Vries")]
    [InlineData("Ik sprak dhr. Bakker.", "Bakker")]
    [InlineData("Ik sprak Mevr. Yilmaz.", "Yilmaz")]
    [InlineData("Toen kwam juf Anna binnen.", "Anna")]
    [InlineData("Toen kwam meester Kees binnen.", "Kees")]
    [InlineData("Ik heet Ahmed.", "Ahmed")]
    [InlineData("Mijn naam is Fatima El Amrani.", "Fatima El Amrani")]
    [InlineData("Mijn moeder Amina ging mee.", "Amina")]
    [InlineData("Mijn vader heet Mohammed Al-Hassan.", "Mohammed Al-Hassan")]
    [InlineData("Mijn consulent, Sanne, belde terug.", "Sanne")]
    [InlineData("Z'n broertje Daan was er ook.", "Daan")]
    [InlineData("Haar jobcoach heette Anne-Marie Smit.", "Anne-Marie Smit")]
    [InlineData("Er was een jongen genaamd Thijs.", "Thijs")]
    public void NameAfterCue_IsFlaggedWithoutTheCue(string text, string name)
    {
        Detect.In(text).ShouldBe([(PersonalDataKind.PersonName, name)]);
    }

    [Fact]
    public void UnpunctuatedSpeech_StopsTheNameAtTheNextSentence()
    {
        Detect.Texts("mijn moeder Amina Ik ging mee mijn moeder Amina Mijn vader Omar kwam later", PersonalDataKind.PersonName)
            .ShouldBe(["Amina", "Amina", "Omar"]);
    }

    [Fact]
    public void NameStopsBeforeTheOrganisation()
    {
        Detect.Texts("Ik had mevrouw Jansen van de Gemeente en meneer Bakker van Jeugdzorg aan de lijn.", PersonalDataKind.PersonName)
            .ShouldBe(["Jansen", "Bakker"]);
    }

    [Theory]
    [InlineData("Doetinchem is een mooie stad.")] // sentence-initial capital without cue
    [InlineData("Het UWV en het RMC belden allebei.")]
    [InlineData("Meneer van het UWV zei dat het goed kwam.")] // abbreviations are not names
    [InlineData("Mijn begeleider van Humanitas hielp me.")] // "van" means "from" here
    [InlineData("De mevrouw van Jeugdpunt was aardig.")]
    [InlineData("Mijn moeder Zei niks.")] // stop word, however capitalised
    [InlineData("ik heet ahmed")] // lower case: missed on purpose, precision first
    [InlineData("Mijn moeder werkt bij de Gemeente.")]
    public void TextWithoutCuedName_IsLeftAlone(string text)
    {
        Detect.Texts(text, PersonalDataKind.PersonName).ShouldBeEmpty();
    }

    [Fact]
    public void KnownNames_AreAlwaysFlagged_AsWholeWordsInAnyCase()
    {
        var detector = new PersonalDataDetector(new PersonalDataDetectorOptions { KnownNames = ["Sanne", "Anna de Vries", " "] });

        Detect.Texts("Sanne belde. Later belde sanne weer. Sannes fiets stond er niet.", PersonalDataKind.PersonName, detector)
            .ShouldBe(["Sanne", "sanne"]);
        Detect.Texts("Toen kwam Anna de\r\nVries.", PersonalDataKind.PersonName, detector).ShouldBe(["Anna de\r\nVries"]);
    }

    [Fact]
    public void KnownNameInsideCuedName_GivesOneFinding()
    {
        var detector = new PersonalDataDetector(new PersonalDataDetectorOptions { KnownNames = ["Anna"] });

        Detect.In("Ik sprak mevrouw Anna de Vries.", detector).ShouldBe([(PersonalDataKind.PersonName, "Anna de Vries")]);
    }
}
