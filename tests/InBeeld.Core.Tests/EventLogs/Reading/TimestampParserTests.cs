using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Core.Tests.EventLogs.Reading;

public sealed class TimestampParserTests
{
    [Theory]
    [InlineData("2024-03-12T14:05:00.123+01:00", 2024, 3, 12, 13, 5, 0, 123, true)]
    [InlineData("2024-03-12T14:05:00Z", 2024, 3, 12, 14, 5, 0, 0, true)]
    [InlineData("2024-03-12T14:05:00.5-0230", 2024, 3, 12, 16, 35, 0, 500, true)]
    [InlineData("2024-03-12 14:05", 2024, 3, 12, 14, 5, 0, 0, false)]
    [InlineData("2024-03-12", 2024, 3, 12, 0, 0, 0, 0, false)]
    [InlineData("2024/03/12 09:05:07", 2024, 3, 12, 9, 5, 7, 0, false)]
    [InlineData("12-03-2024 14:05", 2024, 3, 12, 14, 5, 0, 0, false)]
    [InlineData("2-3-2024 9:05:01", 2024, 3, 2, 9, 5, 1, 0, false)]
    [InlineData("12/03/2024", 2024, 3, 12, 0, 0, 0, 0, false)]
    [InlineData("12.03.2024 23:59:59,25", 2024, 3, 12, 23, 59, 59, 250, false)]
    [InlineData("  2024-02-29T00:00:00+00:00 ", 2024, 2, 29, 0, 0, 0, 0, true)]
    public void TryParse_ReadsIsoAndDutchForms(string text, int y, int mo, int d, int h, int mi, int s, int ms, bool zone)
    {
        TimestampParser.TryParse(text, out var ticks, out var hasZone).ShouldBeTrue();

        new DateTime(ticks).ShouldBe(new DateTime(y, mo, d, h, mi, s, ms));
        hasZone.ShouldBe(zone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("gisteren")]
    [InlineData("2023-02-29")]       // not a leap year
    [InlineData("31-04-2024")]       // April has 30 days
    [InlineData("03/13/2024")]       // month first (American) is not assumed
    [InlineData("12-03-24 10:00")]   // two-digit year
    [InlineData("2024-03-12T25:00")]
    [InlineData("2024-03-12T10:00+25:00")]
    [InlineData("2024-03-12T10:00:00 extra")]
    [InlineData("1712923200")]       // a Unix time is not a date
    public void TryParse_RefusesWhatIsNotADate(string text)
    {
        TimestampParser.TryParse(text, out _, out _).ShouldBeFalse();
    }
}
