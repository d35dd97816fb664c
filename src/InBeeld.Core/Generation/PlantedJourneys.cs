using InBeeld.Core.Journeys;

namespace InBeeld.Core.Generation;

/// <summary>Generated routes with the type each was made from: the right answer a grouping should find.</summary>
public sealed record PlantedJourneys(JourneySet Set, IReadOnlyDictionary<Guid, int> TypeOf);
