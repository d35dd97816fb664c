using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Rendering;
using InBeeld.Core.Tests.EventLogs.Mining;

namespace InBeeld.Core.Tests.EventLogs.Rendering;

public sealed class DfgLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Layout_PutsStartOnTopAndEndAtTheBottom_WithoutOverlappingNodes()
    {
        var layout = DfgLayouter.Layout(DfgMiner.Mine(DfgMinerTests.L1()), "L1");

        var start = layout.Nodes.Single(n => n.Kind == DfgNodeKind.Start);
        var end = layout.Nodes.Single(n => n.Kind == DfgNodeKind.End);
        layout.Nodes.Where(n => n.Kind == DfgNodeKind.Activity).ShouldAllBe(n => n.Box.Y > start.Box.Bottom && n.Box.Bottom < end.Box.Y);
        foreach (var a in layout.Nodes)
        {
            foreach (var b in layout.Nodes.Where(b => !ReferenceEquals(a, b)))
            {
                a.Box.Overlaps(b.Box).ShouldBeFalse($"{a.Title} overlaps {b.Title}");
            }

            (a.Box.X >= 0 && a.Box.Right <= layout.Width && a.Box.Bottom <= layout.Height).ShouldBeTrue();
        }
    }

    [Fact]
    public void Layout_DrawsEveryEdge_FromItsSourceToItsTarget()
    {
        var dfg = DfgMiner.Mine(DfgMinerTests.L1());

        var layout = DfgLayouter.Layout(dfg, "L1");

        // 8 directly-follows edges + 1 start edge (a) + 1 end edge (d).
        layout.Edges.Count.ShouldBe(10);
        foreach (var edge in layout.Edges)
        {
            var from = layout.Nodes.Single(n => edge.From < 0 ? n.Kind == DfgNodeKind.Start : n.Activity == edge.From);
            var to = layout.Nodes.Single(n => edge.To < 0 ? n.Kind == DfgNodeKind.End : n.Activity == edge.To);
            Touches(from.Box, edge.Points[0]).ShouldBeTrue(edge.Title);
            Touches(to.Box, edge.Points[^1]).ShouldBeTrue(edge.Title);
        }

        // b→c and c→b form a cycle: exactly one of them is drawn against the layering.
        layout.Edges.Count(e => e.IsBackEdge).ShouldBe(1);
        layout.Edges.Single(e => e.IsBackEdge).Title.ShouldContain("2 keer");
    }

    [Fact]
    public void Layout_Chain_HasOneNodePerLayerAndNoCrossings()
    {
        var layout = DfgLayouter.Layout(DfgMiner.Mine(LogBuilding.Traces("abcde", "abcde")), "keten");

        var ys = layout.Nodes.OrderBy(n => n.Box.Y).Select(n => n.Box.Y).ToArray();
        ys.Distinct().Count().ShouldBe(7);
        layout.Edges.ShouldAllBe(e => e.Points.Count == 2 && !e.IsBackEdge);
        layout.Nodes.Where(n => n.Kind == DfgNodeKind.Activity).Select(n => n.Box.CenterX).Distinct().Count().ShouldBe(1, "a straight chain stays in one column");
    }

    [Fact]
    public void Layout_LeavesOutActivitiesWithoutEdgesAfterFiltering()
    {
        var dfg = DfgMiner.Mine(DfgMinerTests.L1()).WithMinimumEdgeCount(2);

        var layout = DfgLayouter.Layout(dfg, "L1");

        layout.Nodes.Select(n => n.Title).ShouldNotContain(t => t.StartsWith("e:", StringComparison.Ordinal));
        layout.Nodes.Count(n => n.Kind == DfgNodeKind.Activity).ShouldBe(4);
    }

    [Fact]
    public void Svg_IsWellFormedAccessibleAndDeterministic()
    {
        var dfg = DfgMiner.Mine(DfgMinerTests.L1());
        var first = SvgDfgWriter.Write(DfgLayouter.Layout(dfg, "L1"));
        var original = Thread.CurrentThread.CurrentCulture;
        string second;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            second = SvgDfgWriter.Write(DfgLayouter.Layout(dfg, "L1"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = original;
        }

        second.ShouldBe(first);
        var svg = XDocument.Parse(first).Root!;
        svg.Name.ShouldBe(Svg + "svg");
        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Element(Svg + "title")!.Value.ShouldBe("Proceskaart van L1");
        svg.Descendants(Svg + "path").Count(p => p.Attribute("marker-end") is not null).ShouldBe(10);
        svg.Descendants(Svg + "rect").Count(r => r.Attribute("rx") is not null).ShouldBe(5);
        svg.Descendants(Svg + "title").Select(t => t.Value).ShouldContain("a → b: 3 keer; wachttijd mediaan 1 min, gemiddeld 1 min, p90 1 min");
    }

    [Fact]
    public void Svg_OfL1_MatchesGoldenFile()
    {
        // After an intended change: INBEELD_UPDATE_GOLDEN=1 dotnet test … --filter FullyQualifiedName~DfgLayoutTests, then review the diff.
        var path = GoldenPath();
        var actual = SvgDfgWriter.Write(DfgLayouter.Layout(DfgMiner.Mine(DfgMinerTests.L1()), "L1"));
        if (Environment.GetEnvironmentVariable("INBEELD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; set INBEELD_UPDATE_GOLDEN=1 to create it.");
        actual.ShouldBe(File.ReadAllText(path, Encoding.UTF8));
    }

    private static bool Touches(InBeeld.Core.Rendering.Layout.Box box, InBeeld.Core.Rendering.Layout.MapPoint point) =>
        point.X >= box.X - 0.5 && point.X <= box.Right + 0.5 && point.Y >= box.Y - 0.5 && point.Y <= box.Bottom + 0.5;

    private static string GoldenPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden", "l1-dfg.svg");
}
