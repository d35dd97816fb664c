using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Composites.Similarity;

/// <summary>
/// The distance (0 = alike, 1 = nothing in common) between two routes of <see cref="RouteProfiles"/>,
/// a weighted sum (<see cref="SimilarityWeights"/>) of:
/// <list type="bullet">
/// <item>sequence: <see cref="StepEditDistance.Normalized"/> over phase-and-organisation tokens;</item>
/// <item>handovers: half the L1 distance between the shares of warm, cold and no handover (total
/// variation distance, 0 … 1);</item>
/// <item>experience: the difference of mean experience divided by the scale's range (4);</item>
/// <item>attributes (when chosen): the share of attributes on which the two participants differ.</item>
/// </list>
/// A part that one route lacks (no recorded handover, no experience, an unknown attribute value)
/// counts 0.5 — neither alike nor different — and 0 when both lack it. Stateless and thread-safe.
/// </summary>
public sealed class RouteDistance : IDissimilarity
{
    private const double Unknown = 0.5;

    private readonly RouteProfiles _profiles;
    private readonly double _sequence, _handovers, _experience, _attributes;

    public RouteDistance(RouteProfiles profiles, SimilarityWeights? weights = null)
    {
        _profiles = profiles;
        (_sequence, _handovers, _experience, _attributes) = (weights ?? SimilarityWeights.Default).Normalized(profiles.AttributeCount > 0);
    }

    public int Count => _profiles.Count;

    public double Between(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        var distance = _sequence * StepEditDistance.Normalized(_profiles.Tokens(a), _profiles.Tokens(b));
        if (_handovers > 0)
        {
            distance += _handovers * HandoverDistance(_profiles.Handovers(a), _profiles.Handovers(b));
        }

        if (_experience > 0)
        {
            distance += _experience * ExperienceDistance(_profiles.Experience(a), _profiles.Experience(b));
        }

        if (_attributes > 0)
        {
            distance += _attributes * AttributeDistance(_profiles.Attributes(a), _profiles.Attributes(b));
        }

        return distance;
    }

    internal static double HandoverDistance((float Warm, float Cold, float None) a, (float Warm, float Cold, float None) b) =>
        (float.IsNaN(a.Warm), float.IsNaN(b.Warm)) switch
        {
            (true, true) => 0,
            (true, false) or (false, true) => Unknown,
            _ => (Math.Abs(a.Warm - b.Warm) + Math.Abs(a.Cold - b.Cold) + Math.Abs(a.None - b.None)) / 2.0,
        };

    internal static double ExperienceDistance(float a, float b) => (float.IsNaN(a), float.IsNaN(b)) switch
    {
        (true, true) => 0,
        (true, false) or (false, true) => Unknown,
        _ => Math.Abs(a - b) / 4.0,
    };

    internal static double AttributeDistance(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] == JourneySet.None, b[i] == JourneySet.None) switch
            {
                (true, true) => 0,
                (true, false) or (false, true) => Unknown,
                _ => a[i] == b[i] ? 0 : 1,
            };
        }

        return sum / a.Length;
    }
}
