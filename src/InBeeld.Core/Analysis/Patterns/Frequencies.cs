using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Patterns;

/// <summary>
/// Counts per interview, not per mention: an interview that mentions the UWV five times counts once
/// for the UWV. A coding counts for its code and every ancestor (a theme includes its sub-themes).
/// One pass over steps and codings; distinct interviews are counted with a per-item stamp.
/// </summary>
public static class Frequencies
{
    public static PatternFrequencies Compute(AnalysisData data)
    {
        var set = data.Journeys;
        var organizations = new Counter(set.OrganizationIds.Length);
        var phases = new Counter(set.PhaseIds.Length);
        var turningPoints = new Counter(set.TurningPointIds.Length);
        var codings = data.Codings;
        var codes = new Counter(codings?.CodeCount ?? 0);
        for (var j = 0; j < set.JourneyCount; j++)
        {
            for (var s = set.Offsets[j]; s < set.Offsets[j + 1]; s++)
            {
                organizations.Mention(set.Organization[s], j);
                phases.Mention(set.Phase[s], j);
                turningPoints.Mention(set.TurningPoint[s], j);
            }

            if (codings is null)
            {
                continue;
            }

            for (var c = codings.Offsets[j]; c < codings.Offsets[j + 1]; c++)
            {
                foreach (var code in codings.SelfAndAncestors(codings.Code[c]))
                {
                    codes.Mention(code, j);
                }
            }
        }

        var total = set.JourneyCount;
        return new PatternFrequencies(
            total,
            new FrequencyTable(PatternDimension.Code, codes.Rows(codings is null ? [] : codings.CodeIds, total, id => new EvidenceFilter { Code = id }, includeNone: false)),
            new FrequencyTable(PatternDimension.Phase, phases.Rows(set.PhaseIds, total, id => new EvidenceFilter { Phase = new Match(id) })),
            new FrequencyTable(PatternDimension.Organization, organizations.Rows(set.OrganizationIds, total, id => new EvidenceFilter { Organization = new Match(id) })),
            new FrequencyTable(PatternDimension.TurningPoint, turningPoints.Rows(set.TurningPointIds, total, id => new EvidenceFilter { TurningPoint = new Match(id) }, includeNone: false)));
    }

    /// <summary>Mentions and distinct journeys per index; the last slot is "not filled in".</summary>
    private sealed class Counter
    {
        private readonly int[] _mentions;
        private readonly int[] _journeys;
        private readonly int[] _stamp;

        public Counter(int items)
        {
            _mentions = new int[items + 1];
            _journeys = new int[items + 1];
            _stamp = new int[items + 1];
            Array.Fill(_stamp, -1);
        }

        public void Mention(int index, int journey)
        {
            var slot = index == JourneySet.None ? _mentions.Length - 1 : index;
            _mentions[slot]++;
            if (_stamp[slot] != journey)
            {
                _stamp[slot] = journey;
                _journeys[slot]++;
            }
        }

        /// <remarks>Steps without a turning point are the rule, not a gap in the data, so that table has no "not filled in" row.</remarks>
        public List<FrequencyRow> Rows(ReadOnlySpan<Guid> ids, int total, Func<Guid?, EvidenceFilter> evidence, bool includeNone = true)
        {
            var rows = new List<FrequencyRow>(ids.Length + 1);
            for (var i = 0; i < ids.Length; i++)
            {
                rows.Add(new FrequencyRow(ids[i], new Proportion(_journeys[i], total), _mentions[i], evidence(ids[i])));
            }

            var none = _mentions.Length - 1;
            if (includeNone && _mentions[none] > 0)
            {
                rows.Add(new FrequencyRow(null, new Proportion(_journeys[none], total), _mentions[none], evidence(null)));
            }

            return rows;
        }
    }
}
