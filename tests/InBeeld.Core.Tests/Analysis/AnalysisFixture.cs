using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Tests.Analysis;

/// <summary>
/// Four interviews small enough to count by hand (every expected figure in the tests is derived
/// from this table):
/// <code>
///  J1: School/Aanmelden −1 koud 10d → UWV/Intake −2 warm 20d → Gemeente/Ondersteuning +1
///  J2: School/Aanmelden 0 koud 30d → UWV/Intake −1 geen → UWV/Intake −1 koud 5d → Gemeente/Ondersteuning −2 (18 worden)
///  J3: Gemeente/Aanmelden +2 warm 0d → UWV/(no phase, no experience) → School/Nazorg +2
///  J4: no steps
/// </code>
/// Codes: Wachten ⊃ Lang wachten, and Verhaal. Land: J1 Syrië, J2 Eritrea, J3 Syrië, J4 unknown.
/// Outcome: the route ends in Nazorg (only J3).
/// </summary>
internal static class AnalysisFixture
{
    public static readonly Guid Gemeente = Id(1), Uwv = Id(2), School = Id(3);
    public static readonly Guid Aanmelden = Id(11), Intake = Id(12), Ondersteuning = Id(13), Nazorg = Id(14);
    public static readonly Guid Achttien = Id(21);
    public static readonly Guid J1 = Id(101), J2 = Id(102), J3 = Id(103), J4 = Id(104);
    public static readonly Guid Wachten = Id(201), LangWachten = Id(202), Verhaal = Id(203);
    public static readonly Guid Quote1 = Id(301), Quote2 = Id(302), Quote3 = Id(303);

    public static JourneySet Set()
    {
        var builder = new JourneySetBuilder([Gemeente, Uwv, School], [Aanmelden, Intake, Ondersteuning, Nazorg], [], [Achttien]);
        builder.BeginJourney(J1);
        builder.AddStep(School, Aanmelden, null, null, -1, HandoverKind.Cold, 10);
        builder.AddStep(Uwv, Intake, null, null, -2, HandoverKind.Warm, 20);
        builder.AddStep(Gemeente, Ondersteuning, null, null, 1, HandoverKind.NotRecorded, null);
        builder.BeginJourney(J2);
        builder.AddStep(School, Aanmelden, null, null, 0, HandoverKind.Cold, 30);
        builder.AddStep(Uwv, Intake, null, null, -1, HandoverKind.None, null);
        builder.AddStep(Uwv, Intake, null, null, -1, HandoverKind.Cold, 5);
        builder.AddStep(Gemeente, Ondersteuning, null, Achttien, -2, HandoverKind.NotRecorded, null);
        builder.BeginJourney(J3);
        builder.AddStep(Gemeente, Aanmelden, null, null, 2, HandoverKind.Warm, 0);
        builder.AddStep(Uwv, null, null, null, null, HandoverKind.NotRecorded, null);
        builder.AddStep(School, Nazorg, null, null, 2, HandoverKind.NotRecorded, null);
        builder.BeginJourney(J4);
        return builder.Build();
    }

    public static CodingSet Codings(JourneySet set)
    {
        var builder = new CodingSetBuilder(set,
        [
            new Code { Id = Verhaal, Name = "Verhaal opnieuw vertellen", Order = 1 },
            new Code { Id = LangWachten, Name = "Lang wachten", ParentId = Wachten },
            new Code { Id = Wachten, Name = "Wachten", Order = 0 },
        ]);
        builder.Add(J1, 1, LangWachten, Id(401), Quote1);
        builder.Add(J1, null, Verhaal, Id(402));
        builder.Add(J2, 0, LangWachten, Id(403), Quote2);
        builder.Add(J2, 3, LangWachten, Id(404), Quote3);
        builder.Add(J2, 1, Verhaal, Id(405));
        builder.Add(J3, 0, Verhaal, Id(406));
        builder.Add(Id(999), 0, LangWachten, Id(407)); // an interview without consent: not in the set
        return builder.Build();
    }

    public static JourneyGroups Land(JourneySet set) => JourneyGroups.Create(
        set, "land", "Land van herkomst",
        new Dictionary<Guid, string> { [J1] = "Syrië", [J2] = "Eritrea", [J3] = "Syrië" },
        ["Syrië", "Eritrea", "Somalië"]);

    public static AnalysisData Data()
    {
        var set = Set();
        return new AnalysisData
        {
            Journeys = set,
            Codings = Codings(set),
            Attributes = [Land(set)],
            Outcome = new OutcomeDefinition { Phases = [Nazorg] },
        };
    }

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
