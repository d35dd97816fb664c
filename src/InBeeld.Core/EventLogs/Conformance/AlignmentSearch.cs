namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// A* over the synchronous product of a trace and a net (Adriansyah, Aligning observed and modeled
/// behavior, PhD thesis TU/e 2014). A state is a marking and a position in the trace; moves are
/// synchronous (cost 0), log-only (1), model-only on a visible transition (1) or silent (0).
/// The heuristic is <see cref="MarkingEquation"/>. As in van Dongen (2018), a child whose move the
/// parent's LP solution already contains inherits that solution and an exact estimate; otherwise
/// it gets parent estimate − move cost (still a lower bound, as the LP bound is consistent) and the
/// LP is solved only if the state reaches the front of the queue. Ties prefer states further in the
/// trace, then the earlier created: the search is deterministic.
/// </summary>
internal sealed class AlignmentSearch(PetriNet net, AlignmentOptions options)
{
    private const double Epsilon = 1e-6;
    private readonly MarkingEquation _equation = new(net);

    public int LpSolved => _equation.LpSolved;

    /// <summary>Aligns a trace given as net label indexes (−1: an activity the model does not have); names are for the moves.</summary>
    public TraceAlignment Align(int[] trace, string[] eventNames, int cheapestModelRun)
    {
        var labels = net.Labels.Count;
        var n = trace.Length;
        var suffix = new int[n + 1][];
        var unknown = new int[n + 1];
        suffix[n] = new int[labels];
        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = (int[])suffix[i + 1].Clone();
            unknown[i] = unknown[i + 1];
            if (trace[i] >= 0)
            {
                suffix[i][trace[i]]++;
            }
            else
            {
                unknown[i]++;
            }
        }

        var final = net.FinalMarking.ToArray();
        var nodes = new List<Node>();
        var index = new Dictionary<(ArrayKey Marking, int Position), int>();
        var open = new PriorityQueue<int, (int F, int Back, int Order)>();
        var start = new Node(net.InitialMarking.ToArray(), 0, 0, -1, MoveKind.Silent, -1);
        if (!Estimate(start, suffix, unknown))
        {
            return new TraceAlignment(false, 0, 0, [], 0);
        }

        Push(start);
        var visited = 0;
        while (open.TryDequeue(out var id, out _))
        {
            var node = nodes[id];
            if (node.Closed)
            {
                continue;
            }

            if (!node.Exact)
            {
                var before = Ceil(node.H);
                if (!Estimate(node, suffix, unknown))
                {
                    node.Closed = true;
                    continue;
                }

                if (Ceil(node.H) > before)
                {
                    open.Enqueue(id, (node.G + Ceil(node.H), -node.Position, id));
                    continue;
                }
            }

            if (node.Position == n && node.Marking.AsSpan().SequenceEqual(final))
            {
                return Result(nodes, node, eventNames, n, cheapestModelRun, visited);
            }

            node.Closed = true;
            if (++visited > options.MaxStatesPerTrace)
            {
                return new TraceAlignment(false, 0, 0, [], visited);
            }

            Expand(node, id, trace, suffix);
        }

        // The final marking cannot be reached at all.
        return new TraceAlignment(false, 0, 0, [], visited);

        void Push(Node node)
        {
            var id = nodes.Count;
            nodes.Add(node);
            index[(new ArrayKey(node.Marking), node.Position)] = id;
            open.Enqueue(id, (node.G + Ceil(node.H), -node.Position, id));
        }

        void Expand(Node node, int id, int[] trace, int[][] suffix)
        {
            var labelSums = node.Firings is null ? null : LabelSums(node.Firings);
            var i = node.Position;
            if (i < n)
            {
                var label = trace[i];
                var exact = node.Firings is not null && (label < 0 || labelSums![label] <= suffix[i][label] - 1 + Epsilon);
                Offer(node, id, node.Marking, i + 1, 1, MoveKind.LogOnly, -1, exact ? node.Firings : null, node.H - 1);
            }

            for (var t = 0; t < net.Transitions.Count; t++)
            {
                var transition = net.Transitions[t];
                if (!TokenReplay.Enabled(transition, node.Marking))
                {
                    continue;
                }

                var next = Fire(transition, node.Marking);
                var inSolution = node.Firings is not null && node.Firings[t] >= 1 - Epsilon;
                var label = _equation.LabelOf[t];
                if (label < 0)
                {
                    Offer(node, id, next, i, 0, MoveKind.Silent, t, inSolution ? Minus(node.Firings!, t) : null, node.H);
                    continue;
                }

                if (i < n && trace[i] == label)
                {
                    Offer(node, id, next, i + 1, 0, MoveKind.Synchronous, t, inSolution ? Minus(node.Firings!, t) : null, node.H);
                }

                var exactModel = inSolution && labelSums![label] >= suffix[i][label] + 1 - Epsilon;
                Offer(node, id, next, i, 1, MoveKind.ModelOnly, t, exactModel ? Minus(node.Firings!, t) : null, node.H - 1);
            }
        }

        void Offer(Node parent, int parentId, int[] marking, int position, int cost, MoveKind kind, int transition, double[]? firings, double estimate)
        {
            var g = parent.G + cost;
            if (index.TryGetValue((new ArrayKey(marking), position), out var existing))
            {
                var other = nodes[existing];
                if (other.Closed || other.G <= g)
                {
                    return;
                }

                // A cheaper way to a state still open: the old entry is dropped.
                other.Closed = true;
            }

            var child = new Node(marking, position, g, parentId, kind, transition)
            {
                H = options.UseHeuristic ? Math.Max(0, estimate) : 0,
                Firings = firings,
                Exact = !options.UseHeuristic || firings is not null,
            };
            Push(child);
        }
    }

    private bool Estimate(Node node, int[][] suffix, int[] unknown)
    {
        if (!options.UseHeuristic)
        {
            node.Exact = true;
            return true;
        }

        var (feasible, value, firings) = _equation.Bound(node.Marking, suffix[node.Position]);
        node.Exact = true;
        if (!feasible)
        {
            return false;
        }

        node.H = value + unknown[node.Position];
        node.Firings = firings;
        return true;
    }

    private double[] LabelSums(double[] firings)
    {
        var sums = new double[net.Labels.Count];
        for (var t = 0; t < firings.Length; t++)
        {
            if (_equation.LabelOf[t] >= 0)
            {
                sums[_equation.LabelOf[t]] += firings[t];
            }
        }

        return sums;
    }

    private TraceAlignment Result(List<Node> nodes, Node goal, string[] eventNames, int n, int cheapestModelRun, int visited)
    {
        var moves = new List<AlignmentMove>();
        var position = n;
        for (var node = goal; node.Parent >= 0; node = nodes[node.Parent])
        {
            var label = node.Transition >= 0 ? net.Transitions[node.Transition].Label ?? net.Transitions[node.Transition].Id : null;
            moves.Add(node.Kind switch
            {
                MoveKind.LogOnly => new AlignmentMove(MoveKind.LogOnly, eventNames[--position], -1),
                MoveKind.Synchronous => new AlignmentMove(MoveKind.Synchronous, eventNames[--position], node.Transition),
                _ => new AlignmentMove(node.Kind, label!, node.Transition),
            });
        }

        moves.Reverse();
        var worst = n + cheapestModelRun;
        var fitness = worst == 0 ? 1 : 1 - (goal.G / (double)worst);
        return new TraceAlignment(true, goal.G, fitness, moves, visited);
    }

    private static int Ceil(double value) => double.IsPositiveInfinity(value) ? int.MaxValue / 2 : (int)Math.Ceiling(value - Epsilon);

    private static int[] Fire(PetriTransition transition, int[] marking)
    {
        var next = (int[])marking.Clone();
        foreach (var arc in transition.Inputs)
        {
            next[arc.Place] -= arc.Weight;
        }

        foreach (var arc in transition.Outputs)
        {
            next[arc.Place] += arc.Weight;
        }

        return next;
    }

    private static double[] Minus(double[] firings, int transition)
    {
        var copy = (double[])firings.Clone();
        copy[transition] -= 1;
        return copy;
    }

    private sealed class Node(int[] marking, int position, int g, int parent, MoveKind kind, int transition)
    {
        public int[] Marking { get; } = marking;
        public int Position { get; } = position;
        public int G { get; } = g;
        public int Parent { get; } = parent;
        public MoveKind Kind { get; } = kind;
        public int Transition { get; } = transition;
        public double H { get; set; }
        public double[]? Firings { get; set; }
        public bool Exact { get; set; }
        public bool Closed { get; set; }
    }
}
