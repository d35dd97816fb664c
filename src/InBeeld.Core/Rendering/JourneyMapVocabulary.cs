using InBeeld.Core.Studies;

namespace InBeeld.Core.Rendering;

/// <summary>The study vocabulary an interview's ids refer to.</summary>
public sealed record JourneyMapVocabulary(
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Channel> Channels);
