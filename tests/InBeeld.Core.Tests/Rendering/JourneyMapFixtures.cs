using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>Fixed journeys for the renderer tests, built in code so every value is visible.</summary>
internal static class JourneyMapFixtures
{
    public static readonly string[] Phases = ["Oriëntatie", "Aanmelding", "Begeleiding", "Nazorg"];
    public static readonly string[] Organizations = ["School", "UWV", "Gemeente (Participatie)", "Jobcoach", "Werkgever"];

    public static JourneyMapHeader Header(string subject = "ACH-07") => new()
    {
        StudyTitle = "Jongeren 16-27 in de Achterhoek",
        Subject = subject,
        Date = new DateOnly(2024, 3, 14),
    };

    /// <summary>Three steps: school → client alone → UWV, one cold handover with 14 days.</summary>
    public static JourneyMapModel Small() => new()
    {
        Header = Header(),
        Phases = ["Oriëntatie", "Aanmelding"],
        Organizations = ["School", "UWV", "Werkgever"],
        Steps =
        [
            new() { Phase = 0, Organization = 0, Channel = "Gesprek", Description = "Mentor bespreekt wat na het examen komt.", Experience = 1, BrightSpot = "Mentor neemt de tijd", Handover = HandoverKind.Cold, WaitingDays = 14, Quote = "Ze zei: kijk maar op internet." },
            new() { Phase = 1, Organization = 1, Channel = "Website", Description = "Meldt zich online aan voor een uitkering.", Experience = -2, PainPoint = "Formulier onduidelijk", Handover = HandoverKind.NotRecorded },
            new() { Phase = 1, Channel = "Telefoon", Description = "Belt zelf een vriend die het ook deed.", Experience = 0 },
        ],
    };

    /// <summary>Twelve steps over four phases and five organisations, with every handover kind.</summary>
    public static JourneyMapModel Realistic()
    {
        (int? Phase, int? Org, string Channel, string Text, int? Exp, HandoverKind Kind, int? Wait)[] rows =
        [
            (0, 0, "School", "Decaan bespreekt de overstap naar het mbo en geeft een folder mee.", 1, HandoverKind.Warm, 7),
            (0, null, "Website", "Zoekt zelf opleidingen en open dagen op internet.", 0, HandoverKind.NotRecorded, null),
            (1, 0, "Gesprek", "Stopt halverwege het eerste jaar met de opleiding.", -2, HandoverKind.None, 60),
            (1, 1, "Balie", "Meldt zich bij het UWV voor een uitkering.", -1, HandoverKind.Cold, 21),
            (1, 2, "Brief", "Krijgt een brief van de gemeente met een afspraak.", -1, HandoverKind.NotRecorded, 14),
            (2, 2, "Huisbezoek", "Consulent komt thuis en neemt de tijd voor het hele verhaal.", 2, HandoverKind.Warm, 3),
            (2, 3, "Gesprek", "Jobcoach maakt een plan met kleine stappen.", 1, HandoverKind.Warm, 10),
            (2, 4, "Werkplek", "Begint met een proefplaatsing bij een bakkerij.", 1, HandoverKind.NotRecorded, null),
            (2, 4, "Werkplek", "Krijgt een contract voor zes maanden.", 2, HandoverKind.Cold, 30),
            (3, 2, "Telefoon", "Gemeente belt na drie maanden hoe het gaat.", null, HandoverKind.NotRecorded, null),
            (3, null, "Gesprek", "Vertelt vrienden over de baan.", 2, HandoverKind.NotRecorded, null),
            (null, 3, "E-mail", "Jobcoach stuurt nog een mail, zonder fase vastgelegd.", 1, HandoverKind.NotRecorded, null),
        ];
        return new JourneyMapModel
        {
            Header = Header(),
            Phases = Phases,
            Organizations = Organizations,
            Steps = rows.Select((r, i) => new JourneyMapStep
            {
                Phase = r.Phase,
                Organization = r.Org,
                Channel = r.Channel,
                Description = r.Text,
                Experience = r.Exp,
                Handover = r.Kind,
                WaitingDays = r.Wait,
                PainPoint = r.Exp < 0 ? "Moest het hele verhaal opnieuw vertellen" : null,
                BrightSpot = r.Exp == 2 ? "Eén vast contactpersoon" : null,
                Quote = i % 3 == 0 ? "Als je al een rugzak hebt, wil je niet steeds opnieuw je verhaal vertellen." : null,
            }).ToList(),
        };
    }

    /// <summary>A long route cycling through phases, organisations and every experience value.</summary>
    public static JourneyMapModel Long(int steps) => new()
    {
        Header = Header() with { Subject = "Samira", IsFictitiousPerson = true, InterviewCount = 15 },
        Phases = Phases,
        Organizations = Organizations,
        Steps = Enumerable.Range(0, steps).Select(i => new JourneyMapStep
        {
            Phase = i * Phases.Length / steps,
            Organization = i % 7 == 6 ? null : i % Organizations.Length,
            Channel = "Gesprek",
            Description = $"Stap {i + 1}: een contact met een langere omschrijving die over meerdere regels loopt.",
            Experience = (i % 5) - 2,
            PainPoint = i % 4 == 0 ? "Wachten op een reactie" : null,
            BrightSpot = i % 6 == 0 ? "Goed geholpen" : null,
            Handover = (HandoverKind)(i % 4),
            WaitingDays = i % 3 == 0 ? i : null,
            Quote = i % 2 == 0 ? "Niemand wist wie er over mij ging." : null,
        }).ToList(),
    };
}
