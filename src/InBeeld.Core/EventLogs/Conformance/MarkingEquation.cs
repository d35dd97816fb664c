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
    private readonly double[,] _matrix;
    private readonly double[] _cost;
    private readonly int _places;
    private readonly Dictionary<ArrayKey, LpSolution> _cache = [];

    public MarkingEquation(PetriNet net)
    {
        _net = net;
        _places = net.Places.Count;
        var transitions = net.Transitions.Count;
        var labels = net.Labels.Count;
        LabelOf = [.. net.Transitions.Select(t => t.Label is null ? -1 : IndexOf(net.Labels, t.Label))];
        _matrix = new double[_places + labels, transitions + (2 * labels)];
        for (var t = 0; t < transitions; t++)
        {
            foreach (var arc in net.Transitions[t].Inputs)
            {
                _matrix[arc.Place, t] -= arc.Weight;
            }

            foreach (var arc in net.Transitions[t].Outputs)
            {
                _matrix[arc.Place, t] += arc.Weight;
            }

            if (LabelOf[t] >= 0)
            {
                _matrix[_places + LabelOf[t], t] = 1;
            }
        }

        _cost = new double[transitions + (2 * labels)];
        for (var a = 0; a < labels; a++)
        {
            // Y_a − u_a + v_a = n_a, so u_a − v_a = Y_a − n_a and u_a + v_a ≥ |Y_a − n_a|.
            _matrix[_places + a, transitions + a] = -1;
            _matrix[_places + a, transitions + labels + a] = 1;
            _cost[transitions + a] = 1;
            _cost[transitions + labels + a] = 1;
        }
    }

    /// <summary>For each transition the index of its label in <see cref="PetriNet.Labels"/>, or −1 when silent.</summary>
    public int[] LabelOf { get; }

    public int LpSolved { get; private set; }

    /// <summary>The LP bound (without the events outside the model) and the transition part of its solution.</summary>
    public (bool Feasible, double Value, double[] Firings) Bound(int[] marking, int[] labelCounts)
    {
        var key = new ArrayKey([.. marking, .. labelCounts]);
        if (!_cache.TryGetValue(key, out var solution))
        {
            var b = new double[_places + labelCounts.Length];
            for (var p = 0; p < _places; p++)
            {
                b[p] = _net.FinalMarking[p] - marking[p];
            }

            for (var a = 0; a < labelCounts.Length; a++)
            {
                b[_places + a] = labelCounts[a];
            }

            solution = Simplex.Solve(_matrix, b, _cost);
            _cache[key] = solution;
            LpSolved++;
        }

        return solution.Feasible
            ? (true, solution.Value, solution.X[.._net.Transitions.Count])
            : (false, double.PositiveInfinity, []);
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
