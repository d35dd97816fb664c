using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Composites.Similarity;

/// <summary>
/// What route similarity needs of each journey, in flat arrays: its step tokens, the share of warm,
/// cold and missing handovers, the mean experience and (optionally) participant attributes. Journeys
/// are sorted by id, so the same journeys give the same profiles — and the same grouping — whatever
/// order a loader returned them in. Memory is linear: 4 bytes per step plus 20 per journey.
/// </summary>
public sealed class RouteProfiles
{
    private readonly Guid[] _ids;
    private readonly int[] _offsets;
    private readonly int[] _tokens;
    private readonly float[] _handovers;
    private readonly float[] _experience;
    private readonly int[] _attributes;

    private RouteProfiles(Guid[] ids, int[] offsets, int[] tokens, float[] handovers, float[] experience, int[] attributes, int attributeCount)
    {
        _ids = ids;
        _offsets = offsets;
        _tokens = tokens;
        _handovers = handovers;
        _experience = experience;
        _attributes = attributes;
        AttributeCount = attributeCount;
    }

    public int Count => _ids.Length;

    /// <summary>Journey ids in profile order (ascending).</summary>
    public ReadOnlySpan<Guid> Ids => _ids;

    /// <summary>How many participant attributes take part (0 when none were chosen).</summary>
    public int AttributeCount { get; }

    public ReadOnlySpan<int> Tokens(int journey) => _tokens.AsSpan(_offsets[journey], _offsets[journey + 1] - _offsets[journey]);

    /// <summary>Shares of warm, cold and no handover among the recorded ones; NaN when none was recorded.</summary>
    public (float Warm, float Cold, float None) Handovers(int journey) =>
        (_handovers[journey * 3], _handovers[(journey * 3) + 1], _handovers[(journey * 3) + 2]);

    /// <summary>Mean experience (−2 … +2) over the steps that have one; NaN when none has.</summary>
    public float Experience(int journey) => _experience[journey];

    /// <summary>The journey's value (group index) for each chosen attribute; <see cref="JourneySet.None"/> when unknown.</summary>
    public ReadOnlySpan<int> Attributes(int journey) => _attributes.AsSpan(journey * AttributeCount, AttributeCount);

    /// <param name="attributes">Chosen participant attributes, each with a group per journey of <paramref name="set"/>.</param>
    public static RouteProfiles From(JourneySet set, IReadOnlyList<JourneyGroups>? attributes = null)
    {
        attributes ??= [];
        var n = set.JourneyCount;
        var order = Enumerable.Range(0, n).ToArray();
        var ids = set.JourneyIds.ToArray();
        Array.Sort(ids.ToArray(), order);
        Array.Sort(ids);

        var offsets = new int[n + 1];
        var tokens = new int[set.StepCount];
        var handovers = new float[n * 3];
        var experience = new float[n];
        var attributeValues = new int[n * attributes.Count];
        var position = 0;
        for (var p = 0; p < n; p++)
        {
            var j = order[p];
            offsets[p] = position;
            int warm = 0, cold = 0, none = 0, told = 0, sum = 0;
            for (var s = set.Offsets[j]; s < set.Offsets[j + 1]; s++)
            {
                tokens[position++] = StepTokens.Pack(set.Phase[s], set.Organization[s]);
                switch (set.Handover[s])
                {
                    case HandoverKind.Warm: warm++; break;
                    case HandoverKind.Cold: cold++; break;
                    case HandoverKind.None: none++; break;
                }

                if (set.Experience[s] != JourneySet.NoExperience)
                {
                    told++;
                    sum += set.Experience[s];
                }
            }

            var recorded = warm + cold + none;
            handovers[p * 3] = recorded == 0 ? float.NaN : warm / (float)recorded;
            handovers[(p * 3) + 1] = recorded == 0 ? float.NaN : cold / (float)recorded;
            handovers[(p * 3) + 2] = recorded == 0 ? float.NaN : none / (float)recorded;
            experience[p] = told == 0 ? float.NaN : sum / (float)told;
            for (var a = 0; a < attributes.Count; a++)
            {
                attributeValues[(p * attributes.Count) + a] = attributes[a].GroupOf[j];
            }
        }

        offsets[n] = position;
        return new RouteProfiles(ids, offsets, tokens, handovers, experience, attributeValues, attributes.Count);
    }
}
