using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Generation;

/// <summary>
/// Routes with planted journey types, for testing and measuring route grouping: each type has a
/// template (phases moving forward, organisations drawn per type, a typical handover and experience
/// per step) and each route copies its type's template with some steps left out, some organisations
/// replaced and some extra steps. Types are drawn per route, so ids say nothing about the type.
/// Deterministic (seeded <see cref="SplitMix64"/>); ids are made from the route's number.
/// </summary>
public static class PlantedTypeGenerator
{
    private static readonly HandoverKind[] Handovers = [HandoverKind.Warm, HandoverKind.Cold, HandoverKind.None];

    public static PlantedJourneys Generate(PlantedTypeOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Types, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Interviews);
        var random = new SplitMix64(options.Seed);
        var templates = Enumerable.Range(0, options.Types).Select(t => Template(t, options, ref random)).ToList();
        var builder = new JourneySetBuilder(
            Ids(options.Organizations, 0x0A), Ids(options.Phases, 0x0B), [], []);
        var types = new Dictionary<Guid, int>(options.Interviews);
        for (var i = 0; i < options.Interviews; i++)
        {
            var type = random.Below(options.Types);
            var id = IdOf(i, 0x01);
            types[id] = type;
            builder.BeginJourney(id);
            foreach (var step in templates[type])
            {
                if (Chance(ref random, options.Noise))
                {
                    continue;
                }

                var organization = Chance(ref random, options.Noise) ? random.Below(options.Organizations) : step.Organization;
                var experience = Math.Clamp(step.Experience + (Chance(ref random, 0.3) ? random.Below(3) - 1 : 0), -2, 2);
                var handover = Chance(ref random, 0.2) ? Handovers[random.Below(3)] : step.Handover;
                builder.AddIndexedStep(organization, step.Phase, JourneySet.None, JourneySet.None, experience, handover, null);
                if (Chance(ref random, options.Noise))
                {
                    builder.AddIndexedStep(random.Below(options.Organizations), step.Phase, JourneySet.None, JourneySet.None, null, HandoverKind.NotRecorded, null);
                }
            }
        }

        return new PlantedJourneys(builder.Build(), types);
    }

    /// <summary>A deterministic id for generated item <paramref name="index"/> of a kind.</summary>
    public static Guid IdOf(int index, byte kind) => new(index, 0, 0, kind, 0, 0, 0, 0, 0, 0, 0);

    private static Guid[] Ids(int count, byte kind) => Enumerable.Range(0, count).Select(i => IdOf(i, kind)).ToArray();

    private static List<(int Phase, int Organization, int Experience, HandoverKind Handover)> Template(
        int type, PlantedTypeOptions options, ref SplitMix64 random)
    {
        var length = 6 + random.Below(7);

        // A type leans warm, cold or without handovers, and feels better or worse as a whole.
        var lean = Handovers[type % Handovers.Length];
        var mood = random.Below(5) - 2;
        var steps = new List<(int, int, int, HandoverKind)>(length);
        for (var s = 0; s < length; s++)
        {
            var phase = s * options.Phases / length;
            var experience = Math.Clamp(mood + random.Below(3) - 1, -2, 2);
            var handover = Chance(ref random, 0.7) ? lean : Handovers[random.Below(3)];
            steps.Add((phase, random.Below(options.Organizations), experience, handover));
        }

        return steps;
    }

    private static bool Chance(ref SplitMix64 random, double p) => (random.Next() >> 11) * (1.0 / (1UL << 53)) < p;
}
