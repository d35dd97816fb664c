using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Tests.Rendering;

public sealed class AwkwardInputTests
{
    [Fact]
    public void ZeroSteps_RendersEmptyMapWithMessage()
    {
        var map = SvgMap.Render(new JourneyMapModel { Header = JourneyMapFixtures.Header(), Phases = ["Oriëntatie"] }, "empty");
        map.Lanes.Select(l => (string?)l.Attribute("data-lane")).ShouldBe(["Cliënt"]);
        map.Cards.ShouldBeEmpty();
        map.Handovers.ShouldBeEmpty();
        map.WithClass("empty-message").Single().Value.ShouldBe("Nog geen stappen");
        map.Root.Element(SvgMap.Svg + "desc")!.Value.ShouldBe("Klantreis van ACH-07: nog geen stappen.");
        SvgMap.Number(map.Root, "width").ShouldBe(LayoutMetrics.MinWidth);
    }

    [Fact]
    public void StepsWithoutPhaseOrOrganisation_GoToZonderFaseAndClientLane()
    {
        var model = new JourneyMapModel
        {
            Header = JourneyMapFixtures.Header(),
            Organizations = ["UWV"],
            Steps = [new() { Description = "Zoekt zelf" }, new() { Description = "Verkeerde index", Phase = 7, Organization = -1 }],
        };
        var map = SvgMap.Render(model, "no-phase");
        map.Lanes.Select(l => (string?)l.Attribute("data-lane")).ShouldBe(["Cliënt"]); // UWV is not used: no lane
        map.WithClass("column").Select(c => (string?)c.Attribute("data-phase")).ShouldBe(["Zonder fase"]);
        map.Cards.Count.ShouldBe(2);
    }

    [Fact]
    public void LongTexts_EndInEllipsisWithinTheCard()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        var card = map.Cards.Single(c => SvgMap.Int(c, "data-step") == 5);
        var body = SvgMap.Texts(card).Where(t => SvgMap.Number(t, "font-size") == 12).ToList();
        body.Count.ShouldBe(LayoutMetrics.DescriptionMaxLines);
        body[^1].Value.ShouldEndWith("…");
        var quote = SvgMap.Texts(map.Cards[3]).Where(t => (string?)t.Attribute("font-style") == "italic").ToList();
        quote.Count.ShouldBe(LayoutMetrics.QuoteMaxLines);
        quote[^1].Value.ShouldEndWith("…”");
        AssertTextInsideCards(map);
    }

    [Fact]
    public void MarkupCharacters_AreEscapedAndRoundTrip()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        map.Text.ShouldContain("&lt;script&gt;");
        map.Text.ShouldNotContain("<script>");
        var card = map.Cards.Single(c => SvgMap.Int(c, "data-step") == 4);
        string.Join(" ", SvgMap.Texts(card).Where(t => SvgMap.Number(t, "font-size") == 12).Select(t => t.Value))
            .ShouldBe(AwkwardFixtures.Markup);
        map.Root.Element(SvgMap.Svg + "title")!.Value.ShouldContain("Statushouders <AZC> & gemeente");
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogates_DoNotBreakTheDocument()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        SvgMap.Texts(map.Cards[4]).Select(t => t.Value).ShouldContain("stuurbyte\uFFFD");
    }

    [Fact]
    public void Arabic_IsMarkedRightToLeftAndAlignedRight()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        var card = map.Cards[0];
        var box = SvgMap.RectOf(card, "card-box");
        var arabic = SvgMap.Texts(card).Where(t => t.Value.Contains('ذ')).ToList();
        arabic.ShouldNotBeEmpty();
        foreach (var line in arabic)
        {
            ((string?)line.Attribute("direction")).ShouldBe("rtl");
            ((string?)line.Attribute("unicode-bidi")).ShouldBe("embed");
            SvgMap.Number(line, "x").ShouldBe(box.Right - LayoutMetrics.CardPadding);
        }

        SvgMap.Texts(map.Cards[1]).ShouldAllBe(t => t.Attribute("direction") == null); // Tigrinya is left-to-right
    }

    [Fact]
    public void TigrinyaAndEmoji_KeptIntactAndInsideCards()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        string.Join(" ", SvgMap.Texts(map.Cards[1]).Where(t => SvgMap.Number(t, "font-size") == 12).Select(t => t.Value))
            .ShouldBe(AwkwardFixtures.Tigrinya);
        string.Join(" ", SvgMap.Texts(map.Cards[2]).Where(t => SvgMap.Number(t, "font-size") == 12).Select(t => t.Value))
            .ShouldBe(AwkwardFixtures.Emoji);
        map.Text.ShouldContain("👨‍👩‍👧");
        AssertTextInsideCards(map);
    }

    [Fact]
    public void TwoSeries_DrawnSideBySideWithDistinctStyles()
    {
        var map = SvgMap.Render(AwkwardFixtures.Scripts(), "scripts");
        var current = map.Points("current");
        var desired = map.Points("desired");
        desired.Select(p => SvgMap.Int(p, "data-experience")).ShouldBe([1, 1, 2, 1]);
        current.ShouldAllBe(p => p.Name == SvgMap.Svg + "circle");
        desired.ShouldAllBe(p => p.Name == SvgMap.Svg + "rect");
        // Step 1: current at slot centre − 7, desired at + 7 (x of rect = centre + 7 − 4.5).
        SvgMap.Number(current[0], "cx").ShouldBe(320 - 7);
        SvgMap.Number(desired[0], "x").ShouldBe(320 + 7 - 4.5);
        ((string?)map.WithClass("hartslag-line--desired").First().Attribute("stroke-dasharray")).ShouldBe("7 4");
        map.WithClass("hartslag-line--current").First().Attribute("stroke-dasharray").ShouldBeNull();
        map.WithClass("legend-label").Select(l => l.Value).ShouldContain("Gewenste klantreis (beleving)");
    }

    [Fact]
    public void SixtySteps_CardsAndHandoverLabelsNeverOverlap()
    {
        var map = SvgMap.Render(JourneyMapFixtures.Long(60), "long60");
        var cards = map.Cards.Select(c => SvgMap.RectOf(c, "card-box")).ToList();
        cards.Count.ShouldBe(60);
        var plates = map.Handovers.Select(h => SvgMap.RectOf(h, "handover-plate")).ToList();
        plates.ShouldNotBeEmpty();
        var boxes = cards.Concat(plates).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                boxes[i].Overlaps(boxes[j]).ShouldBeFalse($"boxes {i} and {j} overlap");
            }
        }

        AssertTextInsideCards(map);
        map.WithClass("footer").Single().Value.ShouldBe("Fictieve persoon, echte gebeurtenissen");
    }

    [Fact]
    public void UnrecordedHandoverBetweenOrganisations_ShownAsOnbekend()
    {
        var model = new JourneyMapModel
        {
            Header = JourneyMapFixtures.Header(),
            Organizations = ["UWV", "Gemeente"],
            Steps = [new() { Organization = 0, Description = "a" }, new() { Organization = 1, Description = "b", Handover = HandoverKind.Warm }],
        };
        var handover = SvgMap.Render(model, "unknown").Handovers.Single();
        ((string?)handover.Attribute("class")).ShouldBe("handover handover--unknown");
        SvgMap.Texts(handover).Single().Value.ShouldBe("onbekend");
    }

    private static void AssertTextInsideCards(SvgMap map)
    {
        foreach (var card in map.Cards)
        {
            var box = SvgMap.RectOf(card, "card-box");
            foreach (var text in SvgMap.Texts(card))
            {
                var (left, right) = SvgMap.Extent(text);
                (left >= box.X + LayoutMetrics.CardPadding - 0.05 && right <= box.Right - LayoutMetrics.CardPadding + 0.05)
                    .ShouldBeTrue($"'{text.Value}' ({TextMeasurer.Width(text.Value, 12):0.0}) leaves card {(string?)card.Attribute("data-step")}");
            }
        }
    }
}
