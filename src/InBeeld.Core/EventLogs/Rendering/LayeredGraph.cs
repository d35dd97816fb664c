namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>
/// The combinatorial half of a layered (Sugiyama) drawing, deterministic throughout:
/// (1) a depth-first search from the root, heaviest edges first, marks edges that close a cycle
/// and turns them around; (2) longest-path layering, with the sink forced below everything;
/// (3) edges spanning several layers get dummy nodes; (4) barycentre sweeps order each layer,
/// keeping the ordering with the fewest crossings. Ties are broken by node number, never by hash order.
/// </summary>
internal sealed class LayeredGraph
{
    private LayeredGraph(int nodeCount)
    {
        NodeCount = nodeCount;
    }

    /// <summary>Real nodes; numbers from here on are dummies.</summary>
    public int RealNodes { get; private init; }

    public int NodeCount { get; private set; }

    public int[] Layer { get; private set; } = [];

    /// <summary>Nodes per layer, left to right.</summary>
    public List<int>[] Layers { get; private set; } = [];

    /// <summary>For each input edge: the nodes it passes, top to bottom (empty for a self-loop).</summary>
    public List<int>[] Chains { get; private set; } = [];

    /// <summary>For each input edge: true when it was turned around (it points upwards in the drawing).</summary>
    public bool[] Reversed { get; private set; } = [];

    public int Crossings { get; private set; }

    /// <param name="edges">From, to and weight; self-loops are allowed (they get no chain).</param>
    /// <param name="priority">Tie-break per real node (lower first) for search order and initial ordering.</param>
    public static LayeredGraph Build(int nodes, IReadOnlyList<(int From, int To, int Weight)> edges, int root, int sink, int[] priority, int sweeps)
    {
        var graph = new LayeredGraph(nodes) { RealNodes = nodes };
        var discovery = graph.BreakCycles(edges, root, priority);
        graph.AssignLayers(edges, root, sink, discovery);
        var key = graph.AddDummies(edges, discovery);
        graph.Order(key, sweeps);
        return graph;
    }

    private int[] BreakCycles(IReadOnlyList<(int From, int To, int Weight)> edges, int root, int[] priority)
    {
        var outgoing = new List<int>[NodeCount];
        for (var v = 0; v < NodeCount; v++)
        {
            outgoing[v] = [];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            if (edges[e].From != edges[e].To)
            {
                outgoing[edges[e].From].Add(e);
            }
        }

        foreach (var list in outgoing)
        {
            list.Sort((x, y) => edges[x].Weight != edges[y].Weight
                ? edges[y].Weight.CompareTo(edges[x].Weight)
                : priority[edges[x].To] != priority[edges[y].To] ? priority[edges[x].To].CompareTo(priority[edges[y].To]) : x.CompareTo(y));
        }

        Reversed = new bool[edges.Count];
        var state = new byte[NodeCount];
        var discovery = new int[NodeCount];
        var counter = 0;
        var roots = new[] { root }.Concat(Enumerable.Range(0, NodeCount).OrderBy(v => priority[v]).ThenBy(v => v));
        var stack = new Stack<(int Node, int Next)>();
        foreach (var start in roots)
        {
            if (state[start] != 0)
            {
                continue;
            }

            state[start] = 1;
            discovery[start] = counter++;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next == outgoing[node].Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = outgoing[node][next];
                var target = edges[edge].To;
                if (state[target] == 1)
                {
                    Reversed[edge] = true;
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    discovery[target] = counter++;
                    stack.Push((target, 0));
                }
            }
        }

        return discovery;
    }

    private void AssignLayers(IReadOnlyList<(int From, int To, int Weight)> edges, int root, int sink, int[] discovery)
    {
        var predecessors = new List<int>[NodeCount];
        var indegree = new int[NodeCount];
        var successors = new List<int>[NodeCount];
        for (var v = 0; v < NodeCount; v++)
        {
            predecessors[v] = [];
            successors[v] = [];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            var (from, to) = Oriented(edges[e], e);
            if (from == to)
            {
                continue;
            }

            successors[from].Add(to);
            indegree[to]++;
        }

        // Kahn's algorithm, always taking the ready node found first by the search.
        var ready = new SortedSet<(int Discovery, int Node)>();
        for (var v = 0; v < NodeCount; v++)
        {
            if (indegree[v] == 0)
            {
                ready.Add((discovery[v], v));
            }
        }

        // Only the root sits on the top layer; nodes nothing leads to (after filtering) start just below it.
        Layer = new int[NodeCount];
        Array.Fill(Layer, 1);
        Layer[root] = 0;
        while (ready.Count > 0)
        {
            var (_, node) = ready.Min;
            ready.Remove(ready.Min);
            foreach (var next in successors[node])
            {
                Layer[next] = Math.Max(Layer[next], Layer[node] + 1);
                if (--indegree[next] == 0)
                {
                    ready.Add((discovery[next], next));
                }
            }
        }

        Layer[root] = 0;
        var deepest = 0;
        for (var v = 0; v < NodeCount; v++)
        {
            if (v != sink)
            {
                deepest = Math.Max(deepest, Layer[v]);
            }
        }

        Layer[sink] = deepest + 1;
    }

    private (int From, int To) Oriented((int From, int To, int Weight) edge, int index) =>
        Reversed[index] ? (edge.To, edge.From) : (edge.From, edge.To);

    private double[] AddDummies(IReadOnlyList<(int From, int To, int Weight)> edges, int[] discovery)
    {
        var layerOf = new List<int>(Layer);
        var key = new List<double>(discovery.Select(d => (double)d));
        Chains = new List<int>[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var (top, bottom) = Oriented(edges[e], e);
            Chains[e] = [];
            if (top == bottom)
            {
                continue;
            }

            Chains[e].Add(top);
            for (var l = layerOf[top] + 1; l < layerOf[bottom]; l++)
            {
                var dummy = layerOf.Count;
                layerOf.Add(l);
                // Dummies start under their chain's top node, in edge order.
                key.Add(discovery[top] + ((e + 1) / (double)(edges.Count + 2)));
                Chains[e].Add(dummy);
            }

            Chains[e].Add(bottom);
        }

        NodeCount = layerOf.Count;
        Layer = [.. layerOf];
        return [.. key];
    }

    private void Order(double[] key, int sweeps)
    {
        var layerCount = Layer.Max() + 1;
        var up = new List<int>[NodeCount];
        var down = new List<int>[NodeCount];
        for (var v = 0; v < NodeCount; v++)
        {
            up[v] = [];
            down[v] = [];
        }

        foreach (var chain in Chains)
        {
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                down[chain[i]].Add(chain[i + 1]);
                up[chain[i + 1]].Add(chain[i]);
            }
        }

        var layers = new List<int>[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            layers[l] = [];
        }

        foreach (var v in Enumerable.Range(0, NodeCount).OrderBy(v => key[v]).ThenBy(v => v))
        {
            layers[Layer[v]].Add(v);
        }

        var position = new double[NodeCount];
        void Number()
        {
            foreach (var layer in layers)
            {
                for (var i = 0; i < layer.Count; i++)
                {
                    position[layer[i]] = i;
                }
            }
        }

        Number();
        var best = layers.Select(l => l.ToList()).ToArray();
        var bestCrossings = CountCrossings(layers, down, position);
        for (var sweep = 0; sweep < sweeps && bestCrossings > 0; sweep++)
        {
            var downward = sweep % 2 == 0;
            for (var step = 1; step < layerCount; step++)
            {
                var l = downward ? step : layerCount - 1 - step;
                var neighbours = downward ? up : down;
                var bary = new Dictionary<int, double>();
                foreach (var v in layers[l])
                {
                    bary[v] = neighbours[v].Count == 0 ? position[v] : neighbours[v].Average(n => position[n]);
                }

                var sorted = layers[l].OrderBy(v => bary[v]).ThenBy(v => position[v]).ToList();
                layers[l] = sorted;
                for (var i = 0; i < sorted.Count; i++)
                {
                    position[sorted[i]] = i;
                }
            }

            var crossings = CountCrossings(layers, down, position);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = layers.Select(layer => layer.ToList()).ToArray();
            }
        }

        Layers = best;
        Crossings = bestCrossings;
    }

    private static int CountCrossings(List<int>[] layers, List<int>[] down, double[] position)
    {
        var crossings = 0;
        var segments = new List<(double Top, double Bottom)>();
        foreach (var layer in layers)
        {
            segments.Clear();
            foreach (var v in layer)
            {
                foreach (var w in down[v])
                {
                    segments.Add((position[v], position[w]));
                }
            }

            for (var i = 0; i < segments.Count; i++)
            {
                for (var j = i + 1; j < segments.Count; j++)
                {
                    if ((segments[i].Top - segments[j].Top) * (segments[i].Bottom - segments[j].Bottom) < 0)
                    {
                        crossings++;
                    }
                }
            }
        }

        return crossings;
    }
}
