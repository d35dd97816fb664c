using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// The codings of a study in the columnar shape of its <see cref="JourneySet"/>: codes interned as
/// indexes (with their parent, so counts can roll up), codings grouped by journey. Journey
/// <c>j</c> holds codings <c>Offsets[j]</c> up to <c>Offsets[j + 1]</c>, in step order, codings of the
/// whole transcript (no step) first.
/// </summary>
public sealed class CodingSet
{
    private readonly Guid[] _codeIds;
    private readonly int[] _parent;
    private readonly int[][] _selfAndAncestors;
    private readonly int[] _offsets;
    private readonly int[] _step;
    private readonly int[] _code;
    private readonly Guid[] _codingIds;
    private readonly Guid[] _quoteIds;

    internal CodingSet(Guid[] codeIds, int[] parent, int[][] selfAndAncestors, int[] offsets, int[] step, int[] code, Guid[] codingIds, Guid[] quoteIds)
    {
        _codeIds = codeIds;
        _parent = parent;
        _selfAndAncestors = selfAndAncestors;
        _offsets = offsets;
        _step = step;
        _code = code;
        _codingIds = codingIds;
        _quoteIds = quoteIds;
    }

    public int CodeCount => _codeIds.Length;
    public int CodingCount => _code.Length;
    public int JourneyCount => _offsets.Length - 1;

    /// <summary>Code ids in codebook order (parents before children, siblings by order).</summary>
    public ReadOnlySpan<Guid> CodeIds => _codeIds;

    /// <summary>Parent code index of each code, or <see cref="JourneySet.None"/>.</summary>
    public ReadOnlySpan<int> Parent => _parent;

    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Position of the coded step in its route, or <see cref="JourneySet.None"/> for a transcript fragment.</summary>
    public ReadOnlySpan<int> Step => _step;

    public ReadOnlySpan<int> Code => _code;
    public ReadOnlySpan<Guid> CodingIds => _codingIds;

    /// <summary>The coded quote, or <see cref="Guid.Empty"/> when a step or fragment was coded.</summary>
    public ReadOnlySpan<Guid> QuoteIds => _quoteIds;

    /// <summary>The code itself followed by its ancestors up to the root: a coding counts for all of them.</summary>
    public ReadOnlySpan<int> SelfAndAncestors(int code) => _selfAndAncestors[code];

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="code"/> or lies above it in the tree.</summary>
    public bool IsSelfOrAncestor(int ancestor, int code) => Array.IndexOf(_selfAndAncestors[code], ancestor) >= 0;

    public int IndexOfCode(Guid id) => Array.IndexOf(_codeIds, id);
}
