using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>A route that goes back to an earlier phase still reads left to right in time.</summary>
public sealed class RouteOrderTests
{
    // Mbo → work → back to mbo (diploma) → no phase → work again, as in the demo study's ACH-36.
    private static readonly JourneyMapModel BackAndForth = new()
    {
        Header = JourneyMapFixtures.Header(),
        Phases = ["Oriëntatie", "Mbo", "Werk"],
        Organizations = ["Mbo-college", "Werkgever", "UWV"],
        Steps =
        [
            new() { Phase = 1, Organization = 0, Description = "Stage", Experience = 1, Handover = HandoverKind.Warm },
            new() { Phase = 2, Organization = 1, Description = "Aanbod", Experience = 2, Handover = HandoverKind.Cold },
            new() { Phase = 1, Organization = 0, Description = "Diploma", Experience = 2, Handover = HandoverKind.None },
            new() { Organization = 2, Description = "Uitkering", Experience = -1, Handover = HandoverKind.Cold },
            new() { Phase = 2, Organization = 1, Description = "Vaste baan", Experience = 2 },
        ],
    };

    private readonly SvgMap map = SvgMap.Render(BackAndForth, "back-and-forth");

    [Fact]
    public void Columns_FollowTheRoute_SoAReturnedPhaseAppearsAgain()
    {
        map.WithClass("column").Select(c => (string?)c.Attribute("data-phase"))
            .ShouldBe(["Mbo", "Werk", "Mbo", "Zonder fase", "Werk"]); // Oriëntatie has no step and the route is not in order: left out
        map.Root.Element(SvgMap.Svg + "desc")!.Value.ShouldStartWith("Klantreis van ACH-07: 5 stappen bij 3 organisaties, in 3 fasen.");
    }

    [Fact]
    public void CardsAndHartslag_RunLeftToRightInRouteOrder()
    {
        // One slot per step in route order: card x = 32 + 168 + slot · 240 + 36, point x = slot centre.
        map.Cards.Select(c => SvgMap.RectOf(c, "card-box").X).ShouldBe([236.0, 476, 716, 956, 1196]);
        map.Points("current").Select(p => SvgMap.Number(p, "cx")).ShouldBe([320.0, 560, 800, 1040, 1280]);
        map.WithClass("hartslag-line--current").Count().ShouldBe(1);
    }

    [Fact]
    public void Handovers_AlwaysPointForward()
    {
        var cards = map.Cards.ToDictionary(c => SvgMap.Int(c, "data-step"), c => SvgMap.RectOf(c, "card-box"));
        map.Handovers.Count.ShouldBe(4);
        foreach (var handover in map.Handovers)
        {
            var from = cards[SvgMap.Int(handover, "data-from")];
            var to = cards[SvgMap.Int(handover, "data-to")];
            var xs = ((string)handover.Element(SvgMap.Svg + "polyline")!.Attribute("points")!)
                .Split(' ').Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            xs.ShouldAllBe(x => x >= from.Right && x <= to.X);
            xs.ShouldBeInOrder(SortDirection.Ascending);
        }
    }

    [Fact]
    public void RouteInPhaseOrder_KeepsTheStudysColumns()
    {
        var inOrder = BackAndForth with { Steps = [BackAndForth.Steps[0], BackAndForth.Steps[1], BackAndForth.Steps[4]] };
        SvgMap.Render(inOrder, "in-order").WithClass("column").Select(c => (string?)c.Attribute("data-phase"))
            .ShouldBe(["Oriëntatie", "Mbo", "Werk"]);
    }
}
