using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Paging;

namespace InBeeld.Core.Tests.Rendering.Pdf;

public sealed class MapPagePlannerTests
{
    [Fact]
    public void ShortSingleLaneRoute_SplitsIntoPagesOfFiveStepsAtNaturalSize()
    {
        // Forty one-line steps in the client's lane: the grid is 48 + 180 + 85 = 313 units high,
        // which fits A3 at natural size (0.75 pt per unit), but 168 + 40 · 240 = 9,768 units wide.
        // A3 is 1190.55 − 2 · 28 = 1134.55 pt = 1512.7 units wide at 0.75: the label column (168)
        // and a slot gap of overlap (72) leave room for ⌊1272.7 / 240⌋ = 5 steps per page, so 8 pages.
        var model = new JourneyMapModel
        {
            Header = JourneyMapFixtures.Header(),
            Steps = Enumerable.Range(1, 40).Select(i => new JourneyMapStep { Description = $"Stap {i}" }).ToList(),
        };
        var layout = JourneyMapRenderer.Layout(model);
        layout.Lanes.Single().Bounds.Height.ShouldBe(85, 0.5);

        var (plan, pages) = MapPageComposer.Compose(layout, PageFormat.For(PaperSize.A3));

        plan.Scale.ShouldBe(0.75);
        plan.Tiles.Count.ShouldBe(8);
        plan.Tiles.Select(t => (t.SlotFrom, t.SlotTo)).ShouldBe([(0, 5), (5, 10), (10, 15), (15, 20), (20, 25), (25, 30), (30, 35), (35, 40)]);
        pages.Count.ShouldBe(8);
        pages[1].Texts.Select(t => t.Text).ShouldContain("Deel 2 van 8 · stappen 6–10");
    }

    [Theory]
    [InlineData(PaperSize.A3, 40)]
    [InlineData(PaperSize.A4, 40)]
    [InlineData(PaperSize.A3, 60)]
    [InlineData(PaperSize.A4, 3)]
    public void Tiles_CoverEverySlotAndLaneOnceWithinTheArea(PaperSize paper, int steps)
    {
        var layout = JourneyMapRenderer.Layout(JourneyMapFixtures.Long(steps));
        var format = PageFormat.For(paper);
        var (plan, _) = MapPageComposer.Compose(layout, format);

        plan.Scale.ShouldBeGreaterThanOrEqualTo(MapPagePlanner.MinScale);
        plan.Scale.ShouldBeLessThanOrEqualTo(MapPagePlanner.MaxScale);
        var covered = new int[plan.SlotCount, layout.Lanes.Count];
        foreach (var tile in plan.Tiles)
        {
            for (var slot = tile.SlotFrom; slot < tile.SlotTo; slot++)
            {
                for (var lane = tile.LaneFrom; lane < tile.LaneTo; lane++)
                {
                    covered[slot, lane]++;
                }
            }

            foreach (var window in tile.Windows)
            {
                var target = window.Target;
                (target.X >= format.Margin - 0.01 && target.Right <= format.Width - format.Margin + 0.01).ShouldBeTrue();
                (target.Y >= format.Margin - 0.01 && target.Bottom <= format.Height - format.Margin + 0.01).ShouldBeTrue();
            }
        }

        covered.Cast<int>().ShouldAllBe(n => n == 1);
    }

    [Fact]
    public void NeighbouringPages_OverlapByHalfASlotGap_SoHandoverLabelsShowWhole()
    {
        var layout = JourneyMapRenderer.Layout(JourneyMapFixtures.Long(40));
        var (plan, _) = MapPageComposer.Compose(layout, PageFormat.For(PaperSize.A3));
        var steps = plan.Tiles.Select(t => t.Windows[3].Source).DistinctBy(b => b.X).ToList();
        for (var i = 1; i < steps.Count; i++)
        {
            (steps[i - 1].Right - steps[i].X).ShouldBe(LayoutMetrics.SlotGap, 0.001);
        }

        // Every handover label lies wholly inside at least one page's step window.
        foreach (var plate in layout.Handovers.Select(h => h.LabelBounds))
        {
            plan.Tiles.Count(t => t.Windows[3].Source.Contains(plate)).ShouldBeGreaterThan(0, $"label at x {plate.X}");
        }
    }
}
