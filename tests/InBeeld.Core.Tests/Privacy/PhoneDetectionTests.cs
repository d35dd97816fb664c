using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class PhoneDetectionTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("06 1234 5678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("0612345678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31612345678")]
    [InlineData("+31 (0)6-1234 5678")]
    [InlineData("0031 6 12345678")]
    [InlineData("010-1234567")]
    [InlineData("010 123 45 67")]
    [InlineData("(010) 123 45 67")]
    [InlineData("0314-123456")]
    [InlineData("0314 12 34 56")]
    [InlineData("020-7654321")]
    [InlineData("088 123 4567")]
    [InlineData("085-1234567")]
    [InlineData("0800-1234")]
    [InlineData("0800 1234567")]
    [InlineData("0900-1234567")]
    [InlineData("0900 123 45 67")]
    public void DutchNumber_IsFlaggedWhole(string number)
    {
        Detect.In($"Je kunt bellen naar {number}, ook 's avonds.").ShouldBe([(PersonalDataKind.Phone, number)]);
    }

    [Fact]
    public void SeveralNumbersInOneSentence_AreFoundSeparately()
    {
        Detect.Texts("Bel 06-12345678 of 010-1234567 of mail.", PersonalDataKind.Phone)
            .ShouldBe(["06-12345678", "010-1234567"]);
    }

    [Fact]
    public void NumberFollowedByAnotherFigure_StopsAtTenDigits()
    {
        Detect.Texts("Ik belde 06 12345678 12 keer.", PersonalDataKind.Phone).ShouldBe(["06 12345678"]);
    }

    [Theory]
    [InlineData("Op 01-03-2004 12:30 hadden we een afspraak.")] // date plus time adds up to ten digits
    [InlineData("Het spreekuur is van 09.30-10.30 uur.")]
    [InlineData("Dat was € 1.234,56 per maand.")]
    [InlineData("Zaaknummer 2024-0153 loopt nog.")]
    [InlineData("In 2004 en in 2012 verhuisden we.")]
    [InlineData("Klantnummer 06123456789012.")] // too many digits
    [InlineData("Code AB0612345678.")] // glued to letters
    public void OtherFigures_AreNotPhoneNumbers(string text)
    {
        Detect.Texts(text, PersonalDataKind.Phone).ShouldBeEmpty();
    }
}
