using System.Globalization;
using InBeeld.Core.Analysis;
using InBeeld.Core.Localization;

namespace InBeeld.Core.Tests.Localization;

public sealed class AnalysisTextTests
{
    [Theory]
    [InlineData(12, 36, "12 van 36 (33%)")]
    [InlineData(36, 36, "36 van 36 (100%)")]
    [InlineData(0, 36, "0 van 36 (0%)")]
    [InlineData(2520, 2530, "2,520 van 2,530 (99.6%)")] // not "100%": ten interviews are not in it
    [InlineData(3, 1000, "3 van 1,000 (0.3%)")]
    [InlineData(1, 10000, "1 van 10,000 (<0.1%)")]
    [InlineData(9999, 10000, "9,999 van 10,000 (>99.9%)")]
    [InlineData(0, 0, "0 van 0")]
    public void Proportion_ShowsTheDenominator_AndNeverRoundsToAllOrNothing(int count, int total, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        AnalysisText.Proportion(new Proportion(count, total)).ShouldBe(expected);
    }
}
