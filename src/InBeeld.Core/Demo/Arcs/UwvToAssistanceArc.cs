using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Temp work ends, WW at UWV runs out, then bijstand at the municipality: two counters, no handover.</summary>
internal static class UwvToAssistanceArc
{
    public static StoryArc Arc { get; } = new(
        "uwv-naar-bijstand",
        [Attributes.Age23To27],
        [Attributes.EduMboLow, Attributes.EduMboHigh],
        [Attributes.LivingAlone],
        [
            new(Phases.Work, Organizations.TempAgency, Channels.Phone,
                "Werkt twee jaar via een uitzendbureau in een distributiecentrum.")
            {
                Experience = 0, DaysToNext = 60, Precision = DatePrecision.Year,
            },
            new(Phases.Income, Organizations.TempAgency, Channels.Phone,
                "Het uitzendbureau belt: de opdracht stopt over een week.")
            {
                TurningPoint = TurningPoints.IntoBenefits, Experience = -2, Handover = HandoverKind.None, DaysToNext = 7,
                PainPoint = "Niemand zei waar je nu heen moest.",
            },
            new(Phases.Income, Organizations.Uwv, Channels.Website,
                "Vraagt WW aan via de website van UWV, met DigiD.")
            {
                Experience = -1, DaysToNext = 28, Waiting = true,
                PainPoint = "Het formulier was ingewikkeld.",
            },
            new(Phases.Income, Organizations.Uwv, Channels.Letter,
                "Brief: de WW is toegekend, voor een korte periode.")
            {
                Experience = 0, DaysToNext = 14,
            },
            new(Phases.Income, Organizations.Uwv, Channels.VideoCall,
                "Eén videogesprek met een werkcoach van UWV. Daarna vooral e-mails.")
            {
                Experience = -1, Varies = true, DaysToNext = 60, Optional = true,
                PainPoint = "Het gevoel een nummer te zijn.",
                Quotes = ["Ik heb die werkcoach één keer gezien, op een scherm."],
            },
            new(Phases.Income, Organizations.Uwv, Channels.Email,
                "De WW loopt af. Krijgt een e-mail met een verwijzing naar de gemeente.")
            {
                Experience = -2, Handover = HandoverKind.Cold, DaysToNext = 10,
                PainPoint = "Van UWV naar de gemeente, en niemand gaf iets door.",
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Website,
                "Meldt zich online voor bijstand. Eerst vier weken zoekperiode, zonder contact.")
            {
                Experience = -2, DaysToNext = 28, Waiting = true,
                PainPoint = "Vier weken niets horen, terwijl de huur gewoon doorliep.",
                Quotes =
                [
                    "Ik moest vier weken zelf zoeken. Niemand vroeg hoe het met me ging.",
                    "Die vier weken waren de zwaarste. Je weet niet of je geld krijgt.",
                ],
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Office,
                "Intake bij Werk & Inkomen. Moet alle papieren opnieuw aanleveren.")
            {
                Experience = -1, DaysToNext = 21, Waiting = true, Precision = DatePrecision.Day,
                PainPoint = "Het verhaal opnieuw vertellen, alles opnieuw uploaden.",
            },
            new(Phases.Work, Organizations.WorkAndIncome, Channels.Office,
                "Krijgt een vaste consulent. Die schrijft aan het eind van elk gesprek de afspraken op.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 45,
                BrightSpot = "Afspraken samengevat aan het eind van elk gesprek.",
                Quotes = ["Eindelijk één persoon die ik kon bellen."],
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "Werkervaringsplaats bij een logistiek bedrijf, daarna een contract voor 24 uur per week.")
            {
                Experience = 1, Varies = true, DaysToNext = 90,
            },
            new(Phases.Aftercare, Organizations.WorkAndIncome, Channels.Phone,
                "De uitkering stopt. De consulent belt na een maand nog even.")
            {
                Experience = 1, Optional = true,
                BrightSpot = "Nazorg na de uitstroom.",
            },
        ]);
}
