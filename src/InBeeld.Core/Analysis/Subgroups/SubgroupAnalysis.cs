using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Statistics;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>
/// Compares the groups of one participant attribute in one pass: experience and handovers per
/// group, and for each measure (koud/geen handovers, negative experience, each code) the proportion
/// of interviews per group with a test of independence (Fisher's exact test where it applies).
/// </summary>
public static class SubgroupAnalysis
{
    public static SubgroupComparison Compare(AnalysisData data, JourneyGroups groups)
    {
        var set = data.Journeys;
        var codings = data.Codings;
        var g = groups.Groups.Count;
        var codeCount = codings?.CodeCount ?? 0;
        var tally = new Tally(g, codeCount);
        var codeStamp = JourneyStamps.Create(codeCount);
        var withoutValue = 0;
        for (var j = 0; j < set.JourneyCount; j++)
        {
            var group = groups.GroupOf[j];
            if (group == JourneySet.None)
            {
                withoutValue++;
                continue;
            }

            tally.Add(set, j, group);
            if (codings is null)
            {
                continue;
            }

            for (var c = codings.Offsets[j]; c < codings.Offsets[j + 1]; c++)
            {
                foreach (var code in codings.SelfAndAncestors(codings.Code[c]))
                {
                    if (codeStamp[code] != j)
                    {
                        codeStamp[code] = j;
                        tally.WithCode[group, code]++;
                    }
                }
            }
        }

        var rows = Enumerable.Range(0, g).Select(i => tally.Row(groups, i)).ToList();
        var differences = Differences(groups, tally, codings?.CodeIds.ToArray() ?? []);
        return new SubgroupComparison(
            groups.Key, groups.Label, rows, withoutValue,
            rows.Any(r => r.Interviews > 0 && r.TooSmall), differences);
    }

    private static List<SubgroupDifference> Differences(JourneyGroups groups, Tally tally, Guid[] codeIds)
    {
        var g = groups.Groups.Count;
        var measures = new List<(SubgroupMeasure Measure, Guid? Code, Proportion[] PerGroup, EvidenceFilter[] Evidence)>
        {
            (SubgroupMeasure.ColdOrNoHandover, null,
                [.. Enumerable.Range(0, g).Select(i => new Proportion(tally.ColdOrNone[i], tally.Interviews[i]))],
                [.. Enumerable.Range(0, g).Select(i => GroupFilter(groups, i) with { Handovers = [HandoverKind.Cold, HandoverKind.None] })]),
            (SubgroupMeasure.NegativeExperience, null,
                [.. Enumerable.Range(0, g).Select(i => new Proportion(tally.Negative[i], tally.WithExperience[i]))],
                [.. Enumerable.Range(0, g).Select(i => GroupFilter(groups, i) with { NegativeOnAverage = true })]),
        };
        for (var c = 0; c < codeIds.Length; c++)
        {
            var code = c;
            measures.Add((SubgroupMeasure.Code, codeIds[c],
                [.. Enumerable.Range(0, g).Select(i => new Proportion(tally.WithCode[i, code], tally.Interviews[i]))],
                [.. Enumerable.Range(0, g).Select(i => GroupFilter(groups, i) with { Code = codeIds[code] })]));
        }

        var tests = measures.Select(m => IndependenceTest.Test(Table(m.PerGroup))).ToList();
        var adjusted = MultipleTesting.BenjaminiHochberg(tests.Select(t => t.PValue).ToList());
        return [.. measures.Select((m, i) => new SubgroupDifference(m.Measure, m.Code, m.PerGroup, tests[i], adjusted[i], m.Evidence))];
    }

    /// <summary>Groups × (with, without).</summary>
    private static int[,] Table(Proportion[] perGroup)
    {
        var table = new int[perGroup.Length, 2];
        for (var i = 0; i < perGroup.Length; i++)
        {
            table[i, 0] = perGroup[i].Count;
            table[i, 1] = perGroup[i].Total - perGroup[i].Count;
        }

        return table;
    }

    private static EvidenceFilter GroupFilter(JourneyGroups groups, int group) => new() { Attribute = groups.Key, Group = groups.Groups[group] };

    /// <summary>Running totals per group.</summary>
    private sealed class Tally(int groups, int codes)
    {
        public int[] Interviews { get; } = new int[groups];
        public int[] Steps { get; } = new int[groups];
        public int[,] Experience { get; } = new int[groups, 5];
        public int[,] Handovers { get; } = new int[groups, Enum.GetValues<HandoverKind>().Length];
        public int[] ColdOrNone { get; } = new int[groups];
        public int[] WithExperience { get; } = new int[groups];
        public int[] Negative { get; } = new int[groups];
        public int[,] WithCode { get; } = new int[groups, codes];

        public void Add(JourneySet set, int journey, int group)
        {
            var (start, end) = (set.Offsets[journey], set.Offsets[journey + 1]);
            Interviews[group]++;
            Steps[group] += end - start;
            int sum = 0, told = 0;
            var coldOrNone = false;
            for (var s = start; s < end; s++)
            {
                var kind = set.Handover[s];
                Handovers[group, (int)kind]++;
                coldOrNone |= kind is HandoverKind.Cold or HandoverKind.None;
                if (set.Experience[s] != JourneySet.NoExperience)
                {
                    Experience[group, set.Experience[s] + 2]++;
                    sum += set.Experience[s];
                    told++;
                }
            }

            ColdOrNone[group] += coldOrNone ? 1 : 0;
            WithExperience[group] += told > 0 ? 1 : 0;
            Negative[group] += told > 0 && sum < 0 ? 1 : 0;
        }

        public SubgroupRow Row(JourneyGroups groups, int group)
        {
            var distribution = Enumerable.Range(0, 5).Select(v => Experience[group, v]).ToArray();
            var handovers = Enumerable.Range(0, Handovers.GetLength(1)).Select(k => Handovers[group, k]).ToList();
            return new SubgroupRow(
                groups.Groups[group], Interviews[group], Steps[group], ExperienceSummary.FromDistribution(distribution), handovers,
                SmallSampleRule.IsTooSmall(Interviews[group]), GroupFilter(groups, group));
        }
    }
}
