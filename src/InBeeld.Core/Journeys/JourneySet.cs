using InBeeld.Core.Interviews;

namespace InBeeld.Core.Journeys;

/// <summary>
/// Many journeys in one compact, read-only, columnar form — the input of every analysis, whether
/// the journeys come from interviews or from a case system's event log. Vocabulary items
/// (organisations, phases, channels, turning points) are interned as small indexes into the
/// <c>*Ids</c> arrays; <see cref="None"/> marks a step without one. Journey <c>j</c> holds steps
/// <c>Offsets[j]</c> up to (not including) <c>Offsets[j + 1]</c>, in route order.
/// </summary>
public sealed class JourneySet
{
    /// <summary>Index value for "not filled in".</summary>
    public const int None = -1;

    /// <summary>Experience value for "not told".</summary>
    public const sbyte NoExperience = sbyte.MinValue;

    private readonly Guid[] _journeyIds;
    private readonly int[] _offsets;
    private readonly Guid[] _organizationIds;
    private readonly Guid[] _phaseIds;
    private readonly Guid[] _channelIds;
    private readonly Guid[] _turningPointIds;
    private readonly int[] _organization;
    private readonly int[] _phase;
    private readonly int[] _channel;
    private readonly int[] _turningPoint;
    private readonly sbyte[] _experience;
    private readonly HandoverKind[] _handover;
    private readonly int[] _waitingDays;

    internal JourneySet(
        Guid[] journeyIds, int[] offsets, Guid[] organizationIds, Guid[] phaseIds, Guid[] channelIds, Guid[] turningPointIds,
        int[] organization, int[] phase, int[] channel, int[] turningPoint, sbyte[] experience, HandoverKind[] handover, int[] waitingDays)
    {
        _journeyIds = journeyIds;
        _offsets = offsets;
        _organizationIds = organizationIds;
        _phaseIds = phaseIds;
        _channelIds = channelIds;
        _turningPointIds = turningPointIds;
        _organization = organization;
        _phase = phase;
        _channel = channel;
        _turningPoint = turningPoint;
        _experience = experience;
        _handover = handover;
        _waitingDays = waitingDays;
    }

    public static JourneySet Empty { get; } = new JourneySetBuilder().Build();

    public int JourneyCount => _journeyIds.Length;
    public int StepCount => _organization.Length;

    // Spans, not lists: analyses loop over hundreds of thousands of steps and should not pay for
    // interface calls; read-only spans keep the set immutable.

    /// <summary>The id of each journey (an interview id, or a pseudonymised case id).</summary>
    public ReadOnlySpan<Guid> JourneyIds => _journeyIds;

    /// <summary>Start of each journey's steps, plus one final entry equal to <see cref="StepCount"/>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    public ReadOnlySpan<Guid> OrganizationIds => _organizationIds;
    public ReadOnlySpan<Guid> PhaseIds => _phaseIds;
    public ReadOnlySpan<Guid> ChannelIds => _channelIds;
    public ReadOnlySpan<Guid> TurningPointIds => _turningPointIds;

    public ReadOnlySpan<int> Organization => _organization;
    public ReadOnlySpan<int> Phase => _phase;
    public ReadOnlySpan<int> Channel => _channel;
    public ReadOnlySpan<int> TurningPoint => _turningPoint;
    public ReadOnlySpan<sbyte> Experience => _experience;
    public ReadOnlySpan<HandoverKind> Handover => _handover;

    /// <summary>Waiting days to the next step; <see cref="None"/> when unknown.</summary>
    public ReadOnlySpan<int> WaitingDays => _waitingDays;
}
