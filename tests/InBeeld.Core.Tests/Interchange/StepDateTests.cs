using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Tests.Interchange;

public sealed class StepDateTests
{
    [Theory]
    [InlineData("2019", 2019, 1, 1, DatePrecision.Year)]
    [InlineData("2019-09", 2019, 9, 1, DatePrecision.Month)]
    [InlineData("2019-09-15", 2019, 9, 15, DatePrecision.Day)]
    [InlineData("2020-02-29", 2020, 2, 29, DatePrecision.Day)]
    public void TryParse_FormGivesPrecision_AndDateIsFirstDayOfPeriod(string text, int year, int month, int day, DatePrecision precision)
    {
        StepDate.TryParse(text, out var date).ShouldBeTrue();

        date.Date.ShouldBe(new DateOnly(year, month, day));
        date.Precision.ShouldBe(precision);
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2019-13")]
    [InlineData("19")]
    [InlineData("2019-9")]
    [InlineData("15-09-2019")]
    [InlineData("")]
    public void TryParse_RejectsDatesThatDoNotExistOrHaveAnotherForm(string text) =>
        StepDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Format_DateWithoutKnownPrecision_IsWrittenAsFullDay() =>
        StepDate.Format(new DateOnly(2021, 5, 4), DatePrecision.Unknown).ShouldBe("2021-05-04");
}
