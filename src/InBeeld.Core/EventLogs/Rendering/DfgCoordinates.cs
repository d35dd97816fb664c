namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>Where layers sit vertically and nodes horizontally, once the layers are ordered.</summary>
internal static class DfgCoordinates
{
    public static double[] LayerTops(LayeredGraph graph, (double Width, double Height)[] sizes, DfgLayoutOptions options)
    {
        var tops = new double[graph.Layers.Length];
        var y = options.Margin + 16;
        for (var l = 0; l < graph.Layers.Length; l++)
        {
            tops[l] = y;
            y += graph.Layers[l].Select(v => sizes[v].Height).DefaultIfEmpty(0).Max() + options.LayerGap;
        }

        return tops;
    }

    /// <summary>
    /// Horizontal centres: packed left to right, then a few rounds in which every node is pulled
    /// towards the mean of its neighbours. Each round places a layer greedily once from the left and
    /// once from the right and averages the two — both keep order and gaps, so their mean does too.
    /// </summary>
    public static double[] Horizontal(LayeredGraph graph, (double Width, double Height)[] sizes, DfgLayoutOptions options)
    {
        var x = new double[graph.NodeCount];
        var neighbours = new List<int>[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            neighbours[v] = [];
        }

        foreach (var chain in graph.Chains)
        {
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                neighbours[chain[i]].Add(chain[i + 1]);
                neighbours[chain[i + 1]].Add(chain[i]);
            }
        }

        double Gap(int a, int b) => a >= graph.RealNodes && b >= graph.RealNodes ? 8 : options.NodeGap;
        foreach (var layer in graph.Layers)
        {
            var cursor = 0.0;
            for (var i = 0; i < layer.Count; i++)
            {
                var v = layer[i];
                if (i > 0)
                {
                    cursor += Gap(layer[i - 1], v);
                }

                x[v] = cursor + (sizes[v].Width / 2);
                cursor += sizes[v].Width;
            }

            // Every layer starts centred on the same axis.
            foreach (var v in layer)
            {
                x[v] -= cursor / 2;
            }
        }

        for (var round = 0; round < 12; round++)
        {
            var order = round % 2 == 0 ? graph.Layers : graph.Layers.Reverse().ToArray();
            foreach (var layer in order)
            {
                var target = layer.Select(v => neighbours[v].Count == 0 ? x[v] : neighbours[v].Average(n => x[n])).ToArray();
                var left = new double[layer.Count];
                var right = new double[layer.Count];
                for (var i = 0; i < layer.Count; i++)
                {
                    var v = layer[i];
                    left[i] = i == 0 ? target[i] : Math.Max(target[i], left[i - 1] + ((sizes[layer[i - 1]].Width + sizes[v].Width) / 2) + Gap(layer[i - 1], v));
                }

                for (var i = layer.Count - 1; i >= 0; i--)
                {
                    var v = layer[i];
                    right[i] = i == layer.Count - 1 ? target[i] : Math.Min(target[i], right[i + 1] - ((sizes[layer[i + 1]].Width + sizes[v].Width) / 2) - Gap(v, layer[i + 1]));
                }

                for (var i = 0; i < layer.Count; i++)
                {
                    x[layer[i]] = Math.Round((left[i] + right[i]) / 2, 1);
                }
            }
        }

        var minLeft = Enumerable.Range(0, graph.NodeCount).Min(v => x[v] - (sizes[v].Width / 2));
        for (var v = 0; v < graph.NodeCount; v++)
        {
            x[v] += options.Margin - minLeft;
        }

        return x;
    }
}
