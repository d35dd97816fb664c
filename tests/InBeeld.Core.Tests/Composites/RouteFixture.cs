using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Tests.Composites;

/// <summary>Routes written by hand as (phase, organisation, handover, experience) steps, with readable ids.</summary>
internal static class RouteFixture
{
    public static Guid Id(int n) => new(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static readonly Guid[] Organizations = Enumerable.Range(0, 10).Select(i => new Guid(i, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).ToArray();
    public static readonly Guid[] Phases = Enumerable.Range(0, 6).Select(i => new Guid(i, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0)).ToArray();

    public sealed record S(int Phase, int Organization, HandoverKind Handover = HandoverKind.NotRecorded, int? Experience = null);

    public static JourneySet Set(params (int Id, S[] Steps)[] routes)
    {
        var builder = new JourneySetBuilder(Organizations, Phases, [], []);
        foreach (var (id, steps) in routes)
        {
            builder.BeginJourney(Id(id));
            foreach (var s in steps)
            {
                builder.AddIndexedStep(s.Organization, s.Phase, JourneySet.None, JourneySet.None, s.Experience, s.Handover, null);
            }
        }

        return builder.Build();
    }

    /// <summary>School → RMC → work, warm, feeling fine: the "found again" type. Variant v replaces one step's organisation.</summary>
    public static S[] TypeA(int variant = 0) => Vary(
    [
        new(0, 0, HandoverKind.Warm, 1), new(1, 1, HandoverKind.Warm, 1), new(2, 2, HandoverKind.Warm, 2), new(3, 3, HandoverKind.NotRecorded, 1),
    ], variant);

    /// <summary>Benefits → debts → municipality, cold, feeling bad.</summary>
    public static S[] TypeB(int variant = 0) => Vary(
    [
        new(0, 4, HandoverKind.Cold, -1), new(2, 5, HandoverKind.Cold, -2), new(3, 6, HandoverKind.None, -1), new(4, 4, HandoverKind.Cold, -1), new(5, 7),
    ], variant);

    /// <summary>Youth care → turning 18 → nobody: no handover at all.</summary>
    public static S[] TypeC(int variant = 0) => Vary(
    [
        new(1, 8, HandoverKind.None, 0), new(1, 9, HandoverKind.None, -1), new(4, 8, HandoverKind.None, -1), new(5, 9, HandoverKind.None, 0),
    ], variant);

    /// <summary>Variant 0 is the template; variant v moves step (v − 1) mod length to organisation 3 (same phase, so half a replacement).</summary>
    private static S[] Vary(S[] template, int variant)
    {
        if (variant > 0)
        {
            var i = (variant - 1) % template.Length;
            template[i] = template[i] with { Organization = template[i].Organization == 3 ? 2 : 3 };
        }

        return template;
    }
}
