using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// Builds a <see cref="CodingSet"/> aligned with a <see cref="JourneySet"/>. Codings of interviews
/// that are not in the set (no consent) are passed over and counted in <see cref="Skipped"/>.
/// </summary>
public sealed class CodingSetBuilder
{
    private readonly JourneySet _set;
    private readonly Dictionary<Guid, int> _journeys;
    private readonly Dictionary<Guid, int> _codes;
    private readonly Guid[] _codeIds;
    private readonly int[] _parent;
    private readonly List<(int Journey, int Step, int Code, Guid Coding, Guid Quote)> _codings = [];

    /// <param name="codes">The codebook; every parent must be in it, and parents may not form a cycle.</param>
    public CodingSetBuilder(JourneySet set, IReadOnlyList<Code> codes)
    {
        _set = set;
        _journeys = new Dictionary<Guid, int>(set.JourneyCount);
        for (var j = 0; j < set.JourneyCount; j++)
        {
            _journeys[set.JourneyIds[j]] = j;
        }

        var ordered = CodebookOrder(codes);
        _codeIds = [.. ordered.Select(c => c.Id)];
        _codes = _codeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        _parent = [.. ordered.Select(c => c.ParentId is { } p ? _codes[p] : JourneySet.None)];
    }

    public int Skipped { get; private set; }

    /// <param name="stepPosition">The coded step's position in the route (its Order), or null for a transcript fragment.</param>
    public void Add(Guid interviewId, int? stepPosition, Guid codeId, Guid codingId, Guid? quoteId = null)
    {
        if (!_codes.TryGetValue(codeId, out var code))
        {
            throw new ArgumentException($"Code {codeId} is not in the codebook.", nameof(codeId));
        }

        if (!_journeys.TryGetValue(interviewId, out var journey))
        {
            Skipped++;
            return;
        }

        var steps = _set.Offsets[journey + 1] - _set.Offsets[journey];
        if (stepPosition is { } p && (p < 0 || p >= steps))
        {
            throw new ArgumentOutOfRangeException(nameof(stepPosition), p, "The route has no step at this position.");
        }

        _codings.Add((journey, stepPosition ?? JourneySet.None, code, codingId, quoteId ?? Guid.Empty));
    }

    public CodingSet Build()
    {
        // Stable order: journey, step, then the order codings were added.
        var sorted = _codings.Select((c, i) => (c, i)).OrderBy(x => x.c.Journey).ThenBy(x => x.c.Step).ThenBy(x => x.i).Select(x => x.c).ToArray();
        var offsets = new int[_set.JourneyCount + 1];
        foreach (var coding in sorted)
        {
            offsets[coding.Journey + 1]++;
        }

        for (var j = 0; j < _set.JourneyCount; j++)
        {
            offsets[j + 1] += offsets[j];
        }

        var ancestors = new int[_codeIds.Length][];
        for (var c = 0; c < _codeIds.Length; c++)
        {
            var chain = new List<int>();
            for (var at = c; at != JourneySet.None; at = _parent[at])
            {
                chain.Add(at);
            }

            ancestors[c] = [.. chain];
        }

        return new CodingSet(
            _codeIds, _parent, ancestors, offsets,
            [.. sorted.Select(c => c.Step)], [.. sorted.Select(c => c.Code)], [.. sorted.Select(c => c.Coding)], [.. sorted.Select(c => c.Quote)]);
    }

    /// <summary>Depth first: roots by order then name, each followed by its children the same way.</summary>
    private static List<Code> CodebookOrder(IReadOnlyList<Code> codes)
    {
        var ids = codes.Select(c => c.Id).ToHashSet();
        var missing = codes.FirstOrDefault(c => c.ParentId is { } p && !ids.Contains(p));
        if (missing is not null)
        {
            throw new ArgumentException($"Code '{missing.Name}' has a parent that is not in the codebook.", nameof(codes));
        }

        var children = codes.ToLookup(c => c.ParentId);
        var ordered = new List<Code>(codes.Count);
        void Visit(Guid? parent)
        {
            foreach (var code in children[parent].OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id))
            {
                ordered.Add(code);
                Visit(code.Id);
            }
        }

        Visit(null);
        return ordered.Count == codes.Count
            ? ordered
            : throw new ArgumentException("The codebook's parents form a cycle.", nameof(codes));
    }
}
