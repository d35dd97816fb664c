using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>Finds each arrow label a spot that covers no node and no other label.</summary>
internal static class DfgLabelPlacer
{
    /// <summary>
    /// Moves labels off nodes and off each other: busiest arrows first, each label tries spots along
    /// its arrow (middle first), right of the line and then left of it; if none is free it stays in the middle.
    /// </summary>
    public static List<DfgEdgePath> Place(List<DfgEdgePath> paths, List<DfgNodeBox> nodes, List<(int From, int To, int Weight)> edges, DfgLayoutOptions options)
    {
        var taken = nodes.Select(n => n.Box).ToList();
        var result = paths.ToArray();
        var fontSize = options.FontSize - 2;
        foreach (var e in Enumerable.Range(0, paths.Count).OrderByDescending(e => edges[e].Weight).ThenBy(e => e))
        {
            var path = paths[e];
            if (path.Label is not { } label || path.IsSelfLoop)
            {
                continue;
            }

            var width = TextMeasurer.Width(label.Text, fontSize);
            Box? chosen = null;
            foreach (var fraction in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
            {
                var at = PointAlong(path.Points, fraction);
                foreach (var box in new[] { new Box(at.X + 5, at.Y - fontSize + 2, width, fontSize + 2), new Box(at.X - 5 - width, at.Y - fontSize + 2, width, fontSize + 2) })
                {
                    if (!taken.Any(t => t.Overlaps(box)))
                    {
                        chosen = box;
                        break;
                    }
                }

                if (chosen is not null)
                {
                    break;
                }
            }

            var placed = chosen ?? new Box(label.X, label.Y - fontSize + 2, width, fontSize + 2);
            taken.Add(placed);
            result[e] = path with { Label = label with { X = Math.Round(placed.X, 1), Y = Math.Round(placed.Bottom - 2, 1) } };
        }

        return [.. result];
    }

    private static MapPoint PointAlong(IReadOnlyList<MapPoint> points, double fraction)
    {
        var lengths = new double[points.Count - 1];
        for (var i = 0; i + 1 < points.Count; i++)
        {
            lengths[i] = Math.Sqrt(Math.Pow(points[i + 1].X - points[i].X, 2) + Math.Pow(points[i + 1].Y - points[i].Y, 2));
        }

        var goal = lengths.Sum() * fraction;
        for (var i = 0; i < lengths.Length; i++)
        {
            if (goal <= lengths[i] || i == lengths.Length - 1)
            {
                var t = lengths[i] == 0 ? 0 : Math.Min(1, goal / lengths[i]);
                return new MapPoint(points[i].X + ((points[i + 1].X - points[i].X) * t), points[i].Y + ((points[i + 1].Y - points[i].Y) * t));
            }

            goal -= lengths[i];
        }

        return points[^1];
    }
}
