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
        Guid? organizationId, Guid? phaseId, Guid? channelId, Guid? turningPointId, int? experience, HandoverKind handover, int? waitingDays)
    {
        if (_journeyIds.Count == 0)
        {
            throw new InvalidOperationException("Call BeginJourney before adding steps.");
        }

        if (!InterviewRules.IsValidExperience(experience))
        {
            throw new ArgumentOutOfRangeException(nameof(experience), experience, "Experience lies between −2 and +2.");
        }

        _organization.Add(_organizations.Intern(organizationId));
        _phase.Add(_phases.Intern(phaseId));
        _channel.Add(_channels.Intern(channelId));
        _turningPoint.Add(_turningPoints.Intern(turningPointId));
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

        public Guid[] Ids() => [.. _ids];
    }
}
