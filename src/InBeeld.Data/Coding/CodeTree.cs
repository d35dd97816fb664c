using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Data.Coding;

/// <summary>Walks a codebook held in memory.</summary>
public static class CodeTree
{
    /// <summary>Depth first from the roots; siblings by order, then name, then id (so the order is stable). Codes in a cycle or under a missing parent are left out.</summary>
    public static IReadOnlyList<Code> InOrder(IReadOnlyCollection<Code> codes)
    {
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
        return ordered;
    }

    /// <summary>Depth of each code (0 for a top-level code).</summary>
    public static Dictionary<Guid, int> Depths(IReadOnlyCollection<Code> codes)
    {
        var byId = codes.ToDictionary(c => c.Id);
        var depths = new Dictionary<Guid, int>();
        foreach (var code in codes)
        {
            var depth = 0;
            for (var at = code.ParentId; at is { } p && byId.TryGetValue(p, out var parent) && depth <= codes.Count; at = parent.ParentId)
            {
                depth++;
            }

            depths[code.Id] = depth;
        }

        return depths;
    }

    /// <summary>Whether <paramref name="codeId"/> is <paramref name="branchRoot"/> or lies below it.</summary>
    public static bool IsInBranch(IReadOnlyCollection<Code> codes, Guid codeId, Guid branchRoot)
    {
        var parents = codes.ToDictionary(c => c.Id, c => c.ParentId);
        var steps = 0;
        for (Guid? at = codeId; at is { } id && steps <= codes.Count; at = parents.GetValueOrDefault(id), steps++)
        {
            if (id == branchRoot)
            {
                return true;
            }
        }

        return false;
    }
}
