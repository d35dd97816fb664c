using InBeeld.Core.Interviews;

namespace InBeeld.Core.Journeys;

/// <summary>
/// Builds a <see cref="JourneySet"/> one journey and step at a time, interning vocabulary ids as
/// they appear. Not thread-safe; a builder is used once.
/// </summary>
public sealed class JourneySetBuilder
{
    private readonly List<Guid> _journeyIds = [];
    private readonly List<int> _offsets = [0];
    private readonly Interner _organizations = new();
    private readonly Interner _phases = new();
    private readonly Interner _channels = new();
    private readonly Interner _turningPoints = new();
    private readonly List<int> _organization = [];
    private readonly List<int> _phase = [];
    private readonly List<int> _channel = [];
    private readonly List<int> _turningPoint = [];
    private readonly List<sbyte> _experience = [];
    private readonly List<HandoverKind> _handover = [];
    private readonly List<int> _waitingDays = [];

    public JourneySetBuilder()
    {
    }

    /// <summary>
    /// A builder whose vocabularies are fixed in advance, in this order, so a loader that already
    /// knows each step's vocabulary index can use <see cref="AddIndexedStep"/>.
    /// </summary>
    public JourneySetBuilder(
        IEnumerable<Guid> organizationIds, IEnumerable<Guid> phaseIds, IEnumerable<Guid> channelIds, IEnumerable<Guid> turningPointIds)
    {
        _organizations.InternAll(organizationIds);
        _phases.InternAll(phaseIds);
        _channels.InternAll(channelIds);
        _turningPoints.InternAll(turningPointIds);
    }

    /// <summary>Starts a new journey; the steps added after it belong to it.</summary>
    public void BeginJourney(Guid id)
    {
        if (_journeyIds.Count > 0)
        {
            _offsets.Add(_organization.Count);
        }

        _journeyIds.Add(id);
    }

    public void AddStep(
        Guid? organizationId, Guid? phaseId, Guid? channelId, Guid? turningPointId, int? experience, HandoverKind handover, int? waitingDays) =>
        AddIndexedStep(
            _organizations.Intern(organizationId), _phases.Intern(phaseId), _channels.Intern(channelId), _turningPoints.Intern(turningPointId),
            experience, handover, waitingDays);

    /// <summary>
    /// Adds a step by vocabulary index (position in the lists given to the constructor, or
    /// <see cref="JourneySet.None"/>), which spares a loader from reading ids for every step.
    /// </summary>
    public void AddIndexedStep(
        int organization, int phase, int channel, int turningPoint, int? experience, HandoverKind handover, int? waitingDays)
    {
        if (_journeyIds.Count == 0)
        {
            throw new InvalidOperationException("Call BeginJourney before adding steps.");
        }

        if (!InterviewRules.IsValidExperience(experience))
        {
            throw new ArgumentOutOfRangeException(nameof(experience), experience, "Experience lies between −2 and +2.");
        }

        _organization.Add(_organizations.Check(organization));
        _phase.Add(_phases.Check(phase));
        _channel.Add(_channels.Check(channel));
        _turningPoint.Add(_turningPoints.Check(turningPoint));
        _experience.Add(experience is { } e ? (sbyte)e : JourneySet.NoExperience);
        _handover.Add(handover);
        _waitingDays.Add(waitingDays ?? JourneySet.None);
    }

    public JourneySet Build()
    {
        var offsets = new List<int>(_offsets);
        if (_journeyIds.Count > 0)
        {
            offsets.Add(_organization.Count);
        }

        return new JourneySet(
            [.. _journeyIds], [.. offsets], _organizations.Ids(), _phases.Ids(), _channels.Ids(), _turningPoints.Ids(),
            [.. _organization], [.. _phase], [.. _channel], [.. _turningPoint], [.. _experience], [.. _handover], [.. _waitingDays]);
    }

    private sealed class Interner
    {
        private readonly Dictionary<Guid, int> _index = [];
        private readonly List<Guid> _ids = [];

        public int Intern(Guid? id)
        {
            if (id is not { } value)
            {
                return JourneySet.None;
            }

            if (!_index.TryGetValue(value, out var index))
            {
                index = _ids.Count;
                _index.Add(value, index);
                _ids.Add(value);
            }

            return index;
        }

        public void InternAll(IEnumerable<Guid> ids)
        {
            foreach (var id in ids)
            {
                Intern(id);
            }
        }

        public int Check(int index) => index >= JourneySet.None && index < _ids.Count
            ? index
            : throw new ArgumentOutOfRangeException(nameof(index), index, "No such vocabulary index.");

        public Guid[] Ids() => [.. _ids];
    }
}
