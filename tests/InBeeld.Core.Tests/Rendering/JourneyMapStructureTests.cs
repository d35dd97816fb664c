using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>Golden structural tests on the twelve-step fixture: every expected value is worked out by hand.</summary>
public sealed class JourneyMapStructureTests
{
    private readonly SvgMap map = SvgMap.Render(JourneyMapFixtures.Realistic(), "realistic");

    [Fact]
    public void Document_IsAccessibleStandaloneSvg()
    {
        map.Root.Name.ShouldBe(SvgMap.Svg + "svg");
        ((string?)map.Root.Attribute("version")).ShouldBe("1.1");
        ((string?)map.Root.Attribute("role")).ShouldBe("img");
        ((string?)map.Root.Attribute("font-family")).ShouldBe("Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, sans-serif");
        map.Root.Element(SvgMap.Svg + "title")!.Value.ShouldBe("Klantreis van ACH-07 – Jongeren 16-27 in de Achterhoek");
        map.Root.Element(SvgMap.Svg + "desc")!.Value.ShouldStartWith("Klantreis van ACH-07: 12 stappen bij 5 organisaties, in 5 fasen.");
        map.Root.Element(SvgMap.Svg + "desc")!.Value.ShouldContain("Overdrachten: 3 warm, 2 koud, 1 geen.");
        map.Root.Descendants(SvgMap.Svg + "path").ShouldBeEmpty(); // text is text, never outlines
    }

    [Fact]
    public void Lanes_ClientFirstThenOrganisationsInVocabularyOrder()
    {
        map.Lanes.Select(l => (string?)l.Attribute("data-lane"))
            .ShouldBe(["Cliënt", "School", "UWV", "Gemeente (Participatie)", "Jobcoach", "Werkgever"]);
        SvgMap.HasClass(map.Lanes[0], "lane--client").ShouldBeTrue();
    }

    [Fact]
    public void Columns_PhasesThenWithoutPhase()
    {
        map.WithClass("column").Select(c => (string?)c.Attribute("data-phase"))
            .ShouldBe(["Oriëntatie", "Aanmelding", "Begeleiding", "Nazorg", "Zonder fase"]);
    }

    [Fact]
    public void Cards_SitInsideTheirLaneAndColumn()
    {
        var columns = map.WithClass("column").ToDictionary(c => SvgMap.Int(c, "data-column"), c => SvgMap.RectOf(c, "column-header"));
        map.Cards.Count.ShouldBe(12);
        var expectedLane = new[] { "School", "Cliënt", "School", "UWV", "Gemeente (Participatie)", "Gemeente (Participatie)", "Jobcoach", "Werkgever", "Werkgever", "Gemeente (Participatie)", "Cliënt", "Jobcoach" };
        foreach (var card in map.Cards)
        {
            var step = SvgMap.Int(card, "data-step");
            var lane = card.Parent!;
            ((string?)lane.Attribute("data-lane")).ShouldBe(expectedLane[step - 1]);
            var box = SvgMap.RectOf(card, "card-box");
            SvgMap.RectOf(lane, "lane-band").Contains(box).ShouldBeTrue($"card {step} leaves its lane");
            var column = columns[SvgMap.Int(card, "data-column")];
            (box.X >= column.X && box.Right <= column.Right).ShouldBeTrue($"card {step} leaves its column");
        }
    }

    [Fact]
    public void Cards_GetOneSlotEachInRouteOrderWithinTheirPhase()
    {
        // Slots: Oriëntatie 1–2, Aanmelding 3–5, Begeleiding 6–9, Nazorg 10–11, Zonder fase 12:
        // route order happens to be slot order. Card x = 32 + 168 + slot · 240 + 72 / 2.
        map.Cards.Select(c => SvgMap.RectOf(c, "card-box").X)
            .ShouldBe(Enumerable.Range(0, 12).Select(slot => 236.0 + (slot * 240)));
    }

    [Fact]
    public void Handovers_OnlyBetweenDifferentLanes_WithKindAndWaitingTime()
    {
        var handovers = map.Handovers
            .Select(h => (
                From: SvgMap.Int(h, "data-from"),
                To: SvgMap.Int(h, "data-to"),
                Class: (string?)h.Attribute("class"),
                Label: string.Join(" ", SvgMap.Texts(h).Select(t => t.Value))))
            .ToList();
        handovers.ShouldBe(
        [
            (1, 2, "handover handover--warm", "warm 7 dagen"),
            (3, 4, "handover handover--none", "geen 60 dagen"),
            (4, 5, "handover handover--cold", "koud 21 dagen"),
            (6, 7, "handover handover--warm", "warm 3 dagen"),
            (7, 8, "handover handover--warm", "warm 10 dagen"),
            (9, 10, "handover handover--cold", "koud 30 dagen"),
        ]);
    }

    [Fact]
    public void Handovers_DifferInLineStyleNotOnlyColour()
    {
        string? Dash(string kind) => (string?)map.WithClass("handover--" + kind).First()
            .Element(SvgMap.Svg + "polyline")!.Attribute("stroke-dasharray");
        Dash("warm").ShouldBeNull();
        Dash("cold").ShouldBe("8 5");
        Dash("none").ShouldBe("0.5 5");
    }

    [Fact]
    public void Hartslag_PointsAtHandComputedHeights()
    {
        // Band top = 32 (margin) + 72 (header) + 48 (phase row) = 152; y(e) = 152 + 36 + (2 − e) · 26.
        var expectedY = new Dictionary<int, double> { [2] = 188, [1] = 214, [0] = 240, [-1] = 266, [-2] = 292 };
        var points = map.Points("current");
        points.Select(p => SvgMap.Int(p, "data-step")).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]); // step 10 has no experience
        foreach (var point in points)
        {
            SvgMap.Number(point, "cy").ShouldBe(expectedY[SvgMap.Int(point, "data-experience")]);
            var slot = SvgMap.Int(point, "data-step") - 1;
            SvgMap.Number(point, "cx").ShouldBe(320.0 + (slot * 240)); // slot centre
        }

        // The line breaks at the unknown step 10: two runs.
        map.WithClass("hartslag-line--current").Count().ShouldBe(2);
        LayoutMetrics.ExperienceY(-2).ShouldBe(292);
    }

    [Fact]
    public void Markers_PainBelowAndBrightAbovePoint()
    {
        var pain = map.WithClass("hartslag").Single().Elements(SvgMap.Svg + "polygon").Where(e => SvgMap.HasClass(e, "marker--pain")).ToList();
        pain.Select(p => SvgMap.Int(p, "data-step")).ShouldBe([3, 4, 5]);
        map.WithClass("marker--bright").Count().ShouldBe(2 * 3); // steps 6, 9, 11: once on the curve, once in the card
    }

    [Fact]
    public void TextLines_NeverWiderThanTheirCard()
    {
        foreach (var card in map.Cards)
        {
            var box = SvgMap.RectOf(card, "card-box");
            foreach (var text in SvgMap.Texts(card))
            {
                var (left, right) = SvgMap.Extent(text);
                left.ShouldBeGreaterThanOrEqualTo(box.X + LayoutMetrics.CardPadding - 0.05, text.Value);
                right.ShouldBeLessThanOrEqualTo(box.Right - LayoutMetrics.CardPadding + 0.05, text.Value);
            }
        }
    }

    [Fact]
    public void Quote_PrintedInQuotationMarks()
    {
        var first = SvgMap.Texts(map.Cards[0]).Where(t => (string?)t.Attribute("font-style") == "italic").Select(t => t.Value).ToList();
        string.Join(" ", first).ShouldBe("“Als je al een rugzak hebt, wil je niet steeds opnieuw je verhaal vertellen.”");
    }
}
