namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// The alignment heuristic: a lower bound on the cost still to come from a marking with a given
/// rest of the trace, from the marking equation (van Dongen, "Efficiently computing alignments",
/// BPM 2018; Carmona et al., Conformance Checking, Springer 2018, ch. 7). Any run from marking M to
/// the final marking fires transitions y with M + C·y = final. Every event left is a synchronous
/// or a log-only move, so with Y_a the firings of transitions labelled a and n_a the events of
/// label a still to come, the remaining cost is at least Σ_a |Y_a − n_a| plus the events whose
/// activity the model lacks. Minimising that over real y ≥ 0 (an LP) keeps the bound admissible
/// and consistent; an infeasible LP proves the final marking unreachable.
/// </summary>
internal sealed class MarkingEquation
{
    private readonly PetriNet _net;
    private readonly double[,] _incidence;
    private readonly int _places;
    private readonly int _transitions;
    private readonly Dictionary<ArrayKey, LpSolution> _cache = [];

    public MarkingEquation(PetriNet net)
    {
        _net = net;
        _places = net.Places.Count;
        _transitions = net.Transitions.Count;
        LabelOf = [.. net.Transitions.Select(t => t.Label is null ? -1 : IndexOf(net.Labels, t.Label))];
        _incidence = new double[_places, _transitions];
        for (var t = 0; t < _transitions; t++)
        {
            foreach (var arc in net.Transitions[t].Inputs)
            {
                _incidence[arc.Place, t] -= arc.Weight;
            }

            foreach (var arc in net.Transitions[t].Outputs)
            {
                _incidence[arc.Place, t] += arc.Weight;
            }
        }
    }

    /// <summary>For each transition the index of its label in <see cref="PetriNet.Labels"/>, or −1 when silent.</summary>
    public int[] LabelOf { get; }

    public int LpSolved { get; private set; }

    /// <summary>The LP bound (without the events outside the model) and the transition part of its solution.</summary>
    /// <remarks>
    /// Only labels still to come in the trace need the |Y_a − n_a| construction (a row and two
    /// variables each); for any other label |Y_a − 0| = Y_a, so its transitions simply cost 1. That
    /// keeps the LP small: the places plus the few labels left in the trace.
    /// </remarks>
    public (bool Feasible, double Value, double[] Firings) Bound(int[] marking, int[] labelCounts)
    {
        var key = new ArrayKey([.. marking, .. labelCounts]);
        if (!_cache.TryGetValue(key, out var solution))
        {
            solution = Solve(marking, labelCounts);
            if (_cache.Count > 500_000)
            {
                _cache.Clear();
            }

            _cache[key] = solution;
            LpSolved++;
        }

        return solution.Feasible
            ? (true, solution.Value, solution.X[.._transitions])
            : (false, double.PositiveInfinity, []);
    }

    private LpSolution Solve(int[] marking, int[] labelCounts)
    {
        var active = new List<int>();
        var row = new int[labelCounts.Length];
        for (var a = 0; a < labelCounts.Length; a++)
        {
            row[a] = -1;
            if (labelCounts[a] > 0)
            {
                row[a] = active.Count;
                active.Add(a);
            }
        }

        var rows = _places + active.Count;
        var columns = _transitions + (2 * active.Count);
        var matrix = new double[rows, columns];
        var b = new double[rows];
        var cost = new double[columns];
        for (var p = 0; p < _places; p++)
        {
            for (var t = 0; t < _transitions; t++)
            {
                matrix[p, t] = _incidence[p, t];
            }

            b[p] = _net.FinalMarking[p] - marking[p];
        }

        for (var t = 0; t < _transitions; t++)
        {
            var label = LabelOf[t];
            if (label < 0)
            {
                continue;
            }

            if (row[label] < 0)
            {
                cost[t] = 1;
            }
            else
            {
                matrix[_places + row[label], t] = 1;
            }
        }

        for (var i = 0; i < active.Count; i++)
        {
            // Y_a − u_a + v_a = n_a, so u_a − v_a = Y_a − n_a and u_a + v_a ≥ |Y_a − n_a|.
            matrix[_places + i, _transitions + i] = -1;
            matrix[_places + i, _transitions + active.Count + i] = 1;
            cost[_transitions + i] = 1;
            cost[_transitions + active.Count + i] = 1;
            b[_places + i] = labelCounts[active[i]];
        }

        return Simplex.Solve(matrix, b, cost);
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>An int array as a dictionary key (contents compared, hash computed once).</summary>
internal readonly struct ArrayKey : IEquatable<ArrayKey>
{
    private readonly int[] _values;
    private readonly int _hash;

    public ArrayKey(int[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var v in values)
        {
            hash.Add(v);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(ArrayKey other) => _hash == other._hash && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => obj is ArrayKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
