using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>
/// Awkward input must never make text collide: checked on the layout (the geometry both the SVG
/// and the PDF draw), with each line's ink box from <see cref="LayoutTexts.Bounds"/>.
/// </summary>
public sealed class TextOverlapTests
{
    public static TheoryData<string> Models => ["zero steps", "no phase or organisation", "scripts, emoji, 300 characters", "twelve steps", "sixty steps", "desired journey"];

    [Theory]
    [MemberData(nameof(Models))]
    public void NoTwoTextLinesOverlap(string name)
    {
        var layout = JourneyMapRenderer.Layout(Model(name));
        var boxes = LayoutTexts.All(layout).Where(l => l.Text.Length > 0).Select(l => (Line: l, Box: LayoutTexts.Bounds(l))).ToList();
        boxes.Count.ShouldBeGreaterThan(5);
        // Sorted by left edge, so only neighbours that can still reach each other are compared.
        boxes.Sort((a, b) => a.Box.X.CompareTo(b.Box.X));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count && boxes[j].Box.X < boxes[i].Box.Right; j++)
            {
                boxes[i].Box.Overlaps(boxes[j].Box).ShouldBeFalse($"'{boxes[i].Line.Text}' overlaps '{boxes[j].Line.Text}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void TextStaysInsideItsCardAndOffOtherCards(string name)
    {
        var layout = JourneyMapRenderer.Layout(Model(name));
        var cards = layout.Lanes.SelectMany(l => l.Cards).ToList();
        foreach (var card in cards)
        {
            var inner = new Box(card.Bounds.X + LayoutMetrics.CardPadding - 0.01, card.Bounds.Y, LayoutMetrics.CardInnerWidth + 0.02, card.Bounds.Height);
            card.Lines.ShouldAllBe(l => inner.Contains(LayoutTexts.Bounds(l)), $"card {card.StepNumber}");
        }

        var others = LayoutTexts.All(layout).Except(cards.SelectMany(c => c.Lines)).Select(LayoutTexts.Bounds).ToList();
        foreach (var box in others)
        {
            cards.ShouldAllBe(c => !c.Bounds.Overlaps(box));
        }

        foreach (var plate in layout.Handovers.Select(h => h.LabelBounds))
        {
            cards.ShouldAllBe(c => !c.Bounds.Overlaps(plate));
        }
    }

    private static JourneyMapModel Model(string name) => name switch
    {
        "zero steps" => new JourneyMapModel { Header = JourneyMapFixtures.Header(), Phases = ["Oriëntatie"] },
        "no phase or organisation" => new JourneyMapModel
        {
            Header = JourneyMapFixtures.Header(),
            Steps = [new() { Description = "Zoekt zelf", Experience = 1 }, new() { Description = "Belt een vriend", Handover = HandoverKind.None, PainPoint = "Niemand belt terug" }],
        },
        "scripts, emoji, 300 characters" => AwkwardFixtures.Scripts(),
        "twelve steps" => JourneyMapFixtures.Realistic(),
        "sixty steps" => JourneyMapFixtures.Long(60),
        _ => JourneyMapFixtures.Realistic() with { DesiredExperience = Enumerable.Repeat<int?>(2, 12).ToList() },
    };
}
