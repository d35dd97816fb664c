using InBeeld.Core.Rendering.Pdf.Report;
using InBeeld.Core.Rendering.Report;

namespace InBeeld.Core.Tests.Rendering.Report;

public sealed class WorkshopReportLayoutTests
{
    // A4 portrait in layout units (0.75 pt): 297 mm = 841.89 pt = 1122.5 units; margin 64, footer room 24.
    private const double Bottom = (297 * 72 / 25.4 / 0.75) - 64 - 24;

    [Fact]
    public void LongReport_FlowsOverPages_WithoutSplittingAQuote_AndNothingBelowTheFooterLine()
    {
        var quote = string.Join(' ', Enumerable.Repeat("Ik moest mijn verhaal steeds opnieuw vertellen aan het loket.", 6));
        var blocks = Enumerable.Range(0, 40).SelectMany(n => new[]
        {
            new ReportBlock(ReportBlockKind.Finding, $"Bevinding {n + 1}: in 12 van 36 interviews"),
            new ReportBlock(ReportBlockKind.Quote, quote),
        }).ToList();

        var pages = PdfWorkshopReportWriter.Compose(new WorkshopReport("Werksessie", "Wat de interviews laten zien", [new ReportSection("Wat vaak terugkomt", blocks)]));

        pages.Count.ShouldBeGreaterThan(2);
        pages.SelectMany(p => p.Lines).ShouldAllBe(l => l.Y <= Bottom + 1);
        // Every quote's lines (one rule each) lie on one page: the rule spans them top to bottom.
        pages.Sum(p => p.Rules.Count).ShouldBe(40);
        pages.SelectMany(p => p.Rules).ShouldAllBe(r => r.Bottom > r.Top && r.Bottom <= Bottom + 1);
        pages[0].Lines[0].Text.ShouldBe("Werksessie");
    }

    [Fact]
    public void ArabicQuote_IsSetRightToLeft_AtTheRightMargin()
    {
        var pages = PdfWorkshopReportWriter.Compose(new WorkshopReport("Werksessie", "Ondertitel",
            [new ReportSection("Citaten", [new ReportBlock(ReportBlockKind.Quote, "انتظرت طويلا")])]));

        var line = pages[0].Lines.Single(l => l.Text.Contains("انتظرت", StringComparison.Ordinal));
        line.RightToLeft.ShouldBeTrue();
        line.Align.ShouldBe(Core.Rendering.Layout.TextAlign.Right);
    }
}
