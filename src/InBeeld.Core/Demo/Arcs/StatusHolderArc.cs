using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>A young status holder: from azc to a home in the Achterhoek, letters only in Dutch, and a start at mbo.</summary>
internal static class StatusHolderArc
{
    public static StoryArc Arc { get; } = new(
        "statushouder",
        [Attributes.Age18To22, Attributes.Age23To27],
        [Attributes.EduAbroad],
        [Attributes.LivingAlone],
        [
            new(Phases.NewHere, Organizations.Azc, Channels.Office,
                "Krijgt een verblijfsvergunning en wacht in het azc op een woning.")
            {
                Experience = 0, DaysToNext = 120, Waiting = true,
                PainPoint = "Wachten zonder te weten hoe lang.",
            },
            new(Phases.NewHere, Organizations.Azc, Channels.Office,
                "Hoort in het azc aan welke Achterhoekse gemeente de jongere is gekoppeld.")
            {
                TurningPoint = TurningPoints.AzcToMunicipality, Experience = 1, Handover = HandoverKind.Cold,
                DaysToNext = 60, Waiting = true,
                PainPoint = "Niet duidelijk wat je van de gemeente kunt verwachten.",
            },
            new(Phases.NewHere, Organizations.RefugeeSupport, Channels.HomeVisit,
                "Een vrijwilliger van de vluchtelingenorganisatie helpt bij de verhuizing en de eerste brieven.")
            {
                Experience = 1, DaysToNext = 14,
                BrightSpot = "Iemand die de weg wist.",
                Quotes = ["Nederland is het land van brieven. Ik begreep er niks van."],
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Office,
                "Intake bij Werk & Inkomen voor een bijstandsuitkering, met een tolk aan de telefoon.")
            {
                TurningPoint = TurningPoints.IntoBenefits, Experience = -1, Handover = HandoverKind.Warm, DaysToNext = 21,
                Precision = DatePrecision.Day,
                PainPoint = "Het verhaal weer vanaf het begin vertellen.",
            },
            new(Phases.NewHere, Organizations.LanguageSchool, Channels.AtSchool,
                "Begint met inburgering en taalles bij de taalschool.")
            {
                Experience = 1, DaysToNext = 90,
                BrightSpot = "Elke dag iets te doen en nieuwe mensen.",
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Letter,
                "Krijgt veel brieven over toeslagen en vaste lasten, alleen in het Nederlands.")
            {
                Experience = -2, Varies = true, DaysToNext = 45, Optional = true,
                PainPoint = "Alle brieven in het Nederlands.",
                Quotes = ["Ik maakte foto's van de brieven en vroeg vrienden wat er stond."],
            },
            new(Phases.Income, Organizations.DebtHelp, Channels.Office,
                "Betalingsachterstand bij de energie. De vrijwilliger regelt een afspraak met een budgetcoach.")
            {
                Experience = -1, Handover = HandoverKind.Warm, DaysToNext = 30, Optional = true,
                BrightSpot = "Snel hulp bij de eerste schuld.",
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Office,
                "Stapt zelf naar het mbo om te vragen naar een entreeopleiding.",
                "Wacht af tot de consulent een intake bij het mbo regelt.")
            {
                Experience = 1, DaysToNext = 150, Waiting = true,
                PainPoint = "Eerst wachten op het juiste taalniveau.",
                Quotes = ["Ik wil niet wachten. Ik wil werken en leren.", "Ik dacht: zij weten wel wanneer het mag."],
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Begint aan de entreeopleiding, met een stage in de techniek.")
            {
                Experience = 2, DaysToNext = 90,
            },
            new(Phases.Aftercare, Organizations.RefugeeSupport, Channels.Chat,
                "Houdt via de app contact met de vrijwilliger en vraagt hulp bij nieuwe brieven.")
            {
                Experience = 1,
                BrightSpot = "Eén vast aanspreekpunt dat blijft.",
            },
        ]);
}
