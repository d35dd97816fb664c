using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class BirthDateDetectionTests
{
    [Theory]
    [InlineData("Ik ben geboren op 12-03-2004.", "12-03-2004")]
    [InlineData("Geboortedatum: 12/03/2004", "12/03/2004")]
    [InlineData("geb. 12.03.04", "12.03.04")]
    [InlineData("geboren 2004-03-12", "2004-03-12")]
    [InlineData("Ik ben geboren op 12 maart 2004 in Asmara.", "12 maart 2004")]
    [InlineData("Hij is geboren in Asmara (Eritrea) op 1 sept. 2006.", "1 sept. 2006")]
    [InlineData("geb.datum 3 jan 2001", "3 jan 2001")]
    [InlineData("Geboortedatum:\r\n12-03-2004", "12-03-2004")]
    public void DateAfterBirthCue_IsFlagged(string text, string expected)
    {
        Detect.In(text).ShouldBe([(PersonalDataKind.DateOfBirth, expected)]);
    }

    [Theory]
    [InlineData("Op 12-03-2024 had ik een gesprek bij het UWV.")] // no birth cue
    [InlineData("Ik ben geboren in 2004.")] // a year alone is left
    [InlineData("Ik ben geboren in Eritrea. Op 12-03-2015 kwam ik hier.")] // the cue's sentence ended
    [InlineData("Ik ben geboren in 2004, op 12-03-2010 kwam ik hier.")] // digits in between break the link
    [InlineData("geboren op 45-13-2004")] // no day 45 or month 13
    [InlineData("Er is iets gebeurd op 12-03-2004.")] // "geb" inside another word is no cue
    public void OtherDates_AreNotBirthDates(string text)
    {
        Detect.Texts(text, PersonalDataKind.DateOfBirth).ShouldBeEmpty();
    }
}
