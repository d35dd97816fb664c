using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>
/// Lays out a directly-follows graph top to bottom: a start node, the activities in layers (see
/// <see cref="LayeredGraph"/>), an end node at the bottom. Node widths follow their wrapped names
/// (Noto Sans metrics), so the same graph gives the same drawing on every machine.
/// </summary>
public static class DfgLayouter
{
    private const double TerminalSize = 30;
    private const double DummyWidth = 12;
    private const double Padding = 10;
    private const string TextColor = "#1a1a1a";

    /// <param name="sourceName">The log's name, for the drawing's title.</param>
    public static DfgLayout Layout(DirectlyFollowsGraph dfg, string sourceName, DfgLayoutOptions? options = null)
    {
        options ??= new DfgLayoutOptions();
        // Activities left without any edge (after a frequency filter) are not drawn.
        var connected = dfg.Edges.SelectMany(e => new[] { e.From, e.To })
            .Concat(dfg.StartActivities.Select(a => a.Activity)).Concat(dfg.EndActivities.Select(a => a.Activity)).ToHashSet();
        var activities = Enumerable.Range(0, dfg.ActivityNames.Count).Where(a => dfg.ActivityCounts[a] > 0 && connected.Contains(a)).ToArray();
        var nodeOf = new Dictionary<int, int>();
        for (var i = 0; i < activities.Length; i++)
        {
            nodeOf[activities[i]] = i + 1;
        }

        var nodeCount = activities.Length + 2;
        var start = 0;
        var end = nodeCount - 1;
        var edges = new List<(int From, int To, int Weight)>();
        var sources = new List<(int FromActivity, int ToActivity, DfgEdge? Edge, int Count)>();
        foreach (var s in dfg.StartActivities)
        {
            edges.Add((start, nodeOf[s.Activity], s.Count));
            sources.Add((-1, s.Activity, null, s.Count));
        }

        foreach (var e in dfg.Edges)
        {
            edges.Add((nodeOf[e.From], nodeOf[e.To], e.Count));
            sources.Add((e.From, e.To, e, e.Count));
        }

        foreach (var s in dfg.EndActivities)
        {
            edges.Add((nodeOf[s.Activity], end, s.Count));
            sources.Add((s.Activity, -1, null, s.Count));
        }

        // Busier activities first when the search has to choose.
        var priority = new int[nodeCount];
        var byCount = activities.OrderByDescending(a => dfg.ActivityCounts[a]).ThenBy(a => a).ToArray();
        for (var i = 0; i < byCount.Length; i++)
        {
            priority[nodeOf[byCount[i]]] = i + 1;
        }

        priority[end] = nodeCount;
        var graph = LayeredGraph.Build(nodeCount, edges, start, end, priority, options.OrderingSweeps);
        var maxActivity = Math.Max(1, activities.Length == 0 ? 1 : activities.Max(a => dfg.ActivityCounts[a]));
        var sizes = new (double Width, double Height)[graph.NodeCount];
        var nodeText = new IReadOnlyList<string>[nodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (v == start || v == end)
            {
                sizes[v] = (TerminalSize, TerminalSize);
            }
            else if (v < nodeCount)
            {
                var name = dfg.ActivityNames[activities[v - 1]];
                var lines = TextWrapper.Wrap(name, options.MaxNodeWidth - (2 * Padding), options.FontSize, options.MaxNameLines);
                nodeText[v] = lines;
                var textWidth = lines.Select(l => TextMeasurer.Width(l, options.FontSize)).DefaultIfEmpty(0).Max() + (2 * Padding);
                sizes[v] = (Math.Clamp(Math.Ceiling(textWidth), options.MinNodeWidth, options.MaxNodeWidth), (2 * Padding) + ((lines.Count + 1) * LineHeight(options)));
            }
            else
            {
                sizes[v] = (DummyWidth, 0);
            }
        }

        var x = DfgCoordinates.Horizontal(graph, sizes, options);
        var layerTop = DfgCoordinates.LayerTops(graph, sizes, options);
        var layerHeight = graph.Layers.Select(layer => layer.Select(v => sizes[v].Height).DefaultIfEmpty(0).Max()).ToArray();
        Box BoxOf(int v)
        {
            var layer = graph.Layer[v];
            var (width, height) = sizes[v];
            return new Box(x[v] - (width / 2), layerTop[layer] + ((layerHeight[layer] - height) / 2), width, height);
        }

        var nodes = new List<DfgNodeBox>();
        for (var v = 0; v < nodeCount; v++)
        {
            nodes.Add(Node(v, start, end, BoxOf(v), v is > 0 && v < nodeCount - 1 ? activities[v - 1] : -1, nodeText[v], dfg, maxActivity, options));
        }

        var maxEdge = Math.Max(1, edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        var paths = new List<DfgEdgePath>();
        for (var e = 0; e < edges.Count; e++)
        {
            paths.Add(Path(e, edges[e], sources[e], graph, BoxOf, layerTop, layerHeight, maxEdge, dfg, options));
        }

        var width = nodes.Select(n => n.Box.Right).Concat(paths.SelectMany(p => p.Points.Select(q => q.X))).Max() + options.Margin;
        paths = DfgLabelPlacer.Place(paths, nodes, edges, options);

        // Labels and bowed arrows may reach past the left margin: shift everything right.
        var left = paths.SelectMany(p => p.Points.Select(q => q.X))
            .Concat(paths.Where(p => p.Label is not null).Select(p => p.Label!.X)).Concat(nodes.Select(n => n.Box.X)).Min();
        var shift = Math.Max(0, options.Margin - left);
        if (shift > 0)
        {
            nodes = [.. nodes.Select(n => Shifted(n, shift))];
            paths = [.. paths.Select(p => Shifted(p, shift))];
        }

        var labelRight = paths.Where(p => p.Label is not null)
            .Select(p => p.Label!.X + TextMeasurer.Width(p.Label.Text, p.Label.Style.FontSize)).DefaultIfEmpty(0).Max();
        width = Math.Max(width + shift, labelRight + options.Margin);
        var height = nodes.Max(n => n.Box.Bottom) + options.Margin + options.FontSize;
        return new DfgLayout(
            Math.Ceiling(width), Math.Ceiling(height),
            EventLogText.Get("Dfg_Title", sourceName),
            EventLogText.Get("Dfg_Description", activities.Length, dfg.Edges.Count, dfg.CaseCount),
            nodes, paths);
    }

    private static DfgNodeBox Shifted(DfgNodeBox node, double dx) => node with
    {
        Box = node.Box with { X = node.Box.X + dx },
        Lines = [.. node.Lines.Select(l => l with { X = l.X + dx })],
    };

    private static DfgEdgePath Shifted(DfgEdgePath path, double dx) => path with
    {
        Points = [.. path.Points.Select(p => new MapPoint(p.X + dx, p.Y))],
        Label = path.Label is null ? null : path.Label with { X = path.Label.X + dx },
    };

    private static double LineHeight(DfgLayoutOptions options) => Math.Round(options.FontSize * 1.35, 1);

    private static DfgNodeBox Node(int v, int start, int end, Box box, int activity, IReadOnlyList<string>? lines, DirectlyFollowsGraph dfg, int maxActivity, DfgLayoutOptions options)
    {
        var culture = EventLogText.Culture;
        if (v == start || v == end)
        {
            var label = EventLogText.Get(v == start ? "Dfg_Start" : "Dfg_End");
            var style = new TextStyle(options.FontSize - 2, false, false, TextColor);
            return new DfgNodeBox(
                v == start ? DfgNodeKind.Start : DfgNodeKind.End, -1, box,
                [new TextLine(label, box.CenterX, v == start ? box.Y - 6 : box.Bottom + options.FontSize + 2, style, TextAlign.Center)], label, 0);
        }

        var count = dfg.ActivityCounts[activity];
        var name = new TextStyle(options.FontSize, true, false, TextColor);
        var detail = new TextStyle(options.FontSize - 1, false, false, TextColor);
        var lineHeight = LineHeight(options);
        var text = new List<TextLine>();
        var y = box.Y + Padding + options.FontSize;
        foreach (var line in lines ?? [])
        {
            text.Add(new TextLine(line, box.CenterX, y, name, TextAlign.Center));
            y += lineHeight;
        }

        var formatted = count.ToString("N0", culture);
        text.Add(new TextLine(EventLogText.Get("Dfg_NodeCount", formatted), box.CenterX, y, detail, TextAlign.Center));
        return new DfgNodeBox(
            DfgNodeKind.Activity, activity, box, text, EventLogText.Get("Dfg_NodeTitle", dfg.ActivityNames[activity], formatted),
            Math.Sqrt(count / (double)maxActivity));
    }

    private static DfgEdgePath Path(
        int index, (int From, int To, int Weight) edge, (int FromActivity, int ToActivity, DfgEdge? Edge, int Count) source, LayeredGraph graph,
        Func<int, Box> boxOf, double[] layerTop, double[] layerHeight, int maxEdge, DirectlyFollowsGraph dfg, DfgLayoutOptions options)
    {
        var thickness = Math.Round(1 + (5 * Math.Sqrt(edge.Weight / (double)maxEdge)), 1);
        var from = boxOf(edge.From);
        var to = boxOf(edge.To);
        List<MapPoint> points;
        var selfLoop = edge.From == edge.To;
        if (selfLoop)
        {
            points = [new(from.Right - 14, from.Y), new(from.Right + 22, from.Y - 22), new(from.Right, from.Y + 14)];
        }
        else if (graph.Reversed[index])
        {
            // Upwards: leave and enter on the right, through the dummies (nudged right of their slot).
            var chain = graph.Chains[index];
            points = [new(from.Right, from.Y + (from.Height / 2))];
            for (var i = chain.Count - 2; i >= 1; i--)
            {
                var dummy = chain[i];
                points.Add(new(boxOf(dummy).CenterX + 6, layerTop[graph.Layer[dummy]] + (layerHeight[graph.Layer[dummy]] / 2)));
            }

            points.Add(new(to.Right, to.Y + (to.Height / 2)));
            if (points.Count == 2)
            {
                // Between neighbouring layers: bow out to the right, clear of the forward arrows.
                points.Insert(1, new(Math.Max(points[0].X, points[1].X) + 28, (points[0].Y + points[1].Y) / 2));
            }
        }
        else
        {
            var chain = graph.Chains[index];
            points = [new(from.CenterX, from.Bottom)];
            for (var i = 1; i < chain.Count - 1; i++)
            {
                var dummy = chain[i];
                points.Add(new(boxOf(dummy).CenterX, layerTop[graph.Layer[dummy]] + (layerHeight[graph.Layer[dummy]] / 2)));
            }

            points.Add(new(to.CenterX, to.Y));
        }

        var culture = EventLogText.Culture;
        var count = edge.Weight.ToString("N0", culture);
        var fromName = source.FromActivity < 0 ? EventLogText.Get("Dfg_Start") : dfg.ActivityNames[source.FromActivity];
        var toName = source.ToActivity < 0 ? EventLogText.Get("Dfg_End") : dfg.ActivityNames[source.ToActivity];
        string title;
        var labelText = count;
        if (source.Edge is { } dfgEdge)
        {
            var waiting = dfgEdge.Waiting;
            title = EventLogText.Get("Dfg_EdgeTitle", fromName, toName, count,
                DurationText.Format(waiting.Median), DurationText.Format(waiting.Mean), DurationText.Format(waiting.P90));
            if (options.ShowWaits)
            {
                labelText = EventLogText.Get("Dfg_EdgeLabel", count, DurationText.Format(waiting.Median));
            }
        }
        else
        {
            title = EventLogText.Get("Dfg_EdgeTitleNoWait", fromName, toName, count);
        }

        var anchor = LabelAnchor(points, selfLoop);
        var label = new TextLine(labelText, anchor.X, anchor.Y, new TextStyle(options.FontSize - 2, false, false, "#333333"), TextAlign.Left);
        return new DfgEdgePath(source.FromActivity, source.ToActivity, points, thickness, label, title, graph.Reversed[index], selfLoop);
    }

    private static MapPoint LabelAnchor(List<MapPoint> points, bool selfLoop)
    {
        if (selfLoop)
        {
            return new MapPoint(points[1].X + 4, points[1].Y);
        }

        var middle = (points.Count - 1) / 2;
        var a = points[middle];
        var b = points[middle + 1];
        return new MapPoint(((a.X + b.X) / 2) + 6, ((a.Y + b.Y) / 2) + 4);
    }
}
