using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Remeasurement;

/// <summary>
/// Re-measurement (hermeting): the same questions asked of an earlier and a later round of research.
/// Phases and organisations are matched by name, ignoring case and surrounding spaces; rows that exist
/// in only one round are still listed, with nothing to compare. A change is claimed only when both
/// rounds have at least <see cref="SmallSampleRule.MinimumGroupSize"/> interviews behind the figure —
/// with fewer, one interview more or less moves the figure more than any real change would.
/// </summary>
public sealed record RoundComparison(RoundFigures Earlier, RoundFigures Later, IReadOnlyList<PhaseComparison> Phases, IReadOnlyList<GapComparison> Gaps)
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public static RoundComparison Compare(RoundFigures earlier, RoundFigures later)
    {
        var phases = new List<PhaseComparison>();
        var earlierPhases = earlier.Hartslag.Rows.Where(r => r.Id is not null).ToDictionary(r => Name(earlier.PhaseNames, r.Id!.Value), Names);
        var laterPhases = later.Hartslag.Rows.Where(r => r.Id is not null).ToDictionary(r => Name(later.PhaseNames, r.Id!.Value), Names);
        foreach (var name in Ordered(earlierPhases.Keys, laterPhases.Keys))
        {
            earlierPhases.TryGetValue(name, out var a);
            laterPhases.TryGetValue(name, out var b);
            var (na, nb) = (a?.Interviews ?? 0, b?.Interviews ?? 0);
            var tooSmall = SmallSampleRule.IsTooSmall(na) || SmallSampleRule.IsTooSmall(nb);
            double? change = !tooSmall && a!.Experience.Mean is { } ma && b!.Experience.Mean is { } mb ? mb - ma : null;
            phases.Add(new PhaseComparison(name, a?.Experience, na, b?.Experience, nb, change, tooSmall));
        }

        var gaps = new List<GapComparison>();
        var earlierGaps = earlier.Gaps.Gaps.ToDictionary(g => (Name(earlier.OrganizationNames, g.From), Name(earlier.OrganizationNames, g.To)), PairComparer.Instance);
        var laterGaps = later.Gaps.Gaps.ToDictionary(g => (Name(later.OrganizationNames, g.From), Name(later.OrganizationNames, g.To)), PairComparer.Instance);
        var pairs = earlierGaps.Keys.Concat(laterGaps.Keys).Distinct(PairComparer.Instance)
            .OrderBy(p => p.Item1, Names).ThenBy(p => p.Item2, Names);
        foreach (var pair in pairs)
        {
            earlierGaps.TryGetValue(pair, out var a);
            laterGaps.TryGetValue(pair, out var b);
            var pa = new Proportion(a?.ColdOrNoneInterviews ?? 0, a?.Interviews.Count ?? 0);
            var pb = new Proportion(b?.ColdOrNoneInterviews ?? 0, b?.Interviews.Count ?? 0);
            var tooSmall = SmallSampleRule.IsTooSmall(pa.Total) || SmallSampleRule.IsTooSmall(pb.Total);
            double? change = null, p = null;
            if (!tooSmall)
            {
                change = Math.Round((pb.Share!.Value - pa.Share!.Value) * 100, 1);
                p = FisherTwoByTwo.Test(pa.Count, pa.Total - pa.Count, pb.Count, pb.Total - pb.Count).TwoSided;
            }

            gaps.Add(new GapComparison(pair.Item1, pair.Item2, pa, a?.Waiting.Median, pb, b?.Waiting.Median, change, p, tooSmall));
        }

        return new RoundComparison(earlier, later, phases, gaps);
    }

    private static string Name(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n.Trim() : id.ToString();

    /// <summary>The earlier round's order first, then names only the later round has.</summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> first, IEnumerable<string> second) =>
        first.Concat(second).Distinct(Names);

    private sealed class PairComparer : IEqualityComparer<(string, string)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) => Names.Equals(x.Item1, y.Item1) && Names.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) => HashCode.Combine(Names.GetHashCode(obj.Item1), Names.GetHashCode(obj.Item2));
    }
}
