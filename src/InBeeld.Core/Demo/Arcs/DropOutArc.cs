using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Dropped out of mbo after e-mails instead of a conversation; found again by the RMC with a home visit.</summary>
internal static class DropOutArc
{
    public static StoryArc Arc { get; } = new(
        "uitval-en-rmc",
        [Attributes.Age16To17, Attributes.Age18To22],
        [Attributes.EduMboLow, Attributes.EduVmbo],
        [Attributes.LivingWithParents],
        [
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Start op het mbo. Reist elke dag ruim een uur met de bus.",
                "Start op het mbo, een opleiding die vooral een vriend leuk vond.")
            {
                Experience = 0, DaysToNext = 60,
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Mist steeds vaker lessen. Thuis is het onrustig. Docenten zeggen er weinig over.")
            {
                Experience = -1, Varies = true, DaysToNext = 45,
                PainPoint = "Niemand vroeg waarom ik er niet was.",
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.Email,
                "Krijgt een e-mail over het verzuim, met een waarschuwing. Er volgt geen gesprek.")
            {
                Experience = -2, Handover = HandoverKind.None, DaysToNext = 30,
                PainPoint = "Een mail in plaats van een mens.",
                Quotes = ["Ik kreeg alleen een mailtje dat ik te vaak weg was. Toen dacht ik: laat maar."],
            },
            new(Phases.OutOfSchool, Organizations.MboCollege, Channels.Letter,
                "Schrijft zich uit. De school stuurt een brief dat de inschrijving is gestopt.")
            {
                TurningPoint = TurningPoints.DropOut, Experience = -2, Handover = HandoverKind.Cold,
                DaysToNext = 40, Waiting = true,
                PainPoint = "Wist niet dat de school de uitval doorgeeft aan het RMC.",
            },
            new(Phases.OutOfSchool, Organizations.Rmc, Channels.Letter,
                "Krijgt een brief van Leerplicht en RMC met een uitnodiging. Reageert niet.")
            {
                Experience = -1, Handover = HandoverKind.None, DaysToNext = 35, Waiting = true,
                PainPoint = "De brief was moeilijk en klonk als straf.",
                Quotes = ["Ik dacht dat ik een boete kreeg, dus ik heb hem weggelegd."],
            },
            new(Phases.OutOfSchool, null, null,
                "Zit een paar maanden thuis. Slaapt lang, gamet veel en ziet weinig mensen.")
            {
                Experience = -2, DaysToNext = 20, Optional = true,
                Quotes = ["Elke dag was hetzelfde. Ik wist ook niet meer hoe ik terug moest."],
            },
            new(Phases.OutOfSchool, Organizations.Rmc, Channels.HomeVisit,
                "De RMC-trajectbegeleider komt langs. Een kort gesprek aan de keukentafel.")
            {
                Experience = 1, DaysToNext = 14, Precision = DatePrecision.Day,
                BrightSpot = "Ze kwam gewoon langs en oordeelde niet.",
                Quotes = ["Ze zei niet wat ik fout had gedaan. Ze vroeg wat ik leuk vond."],
            },
            new(Phases.OutOfSchool, Organizations.Rmc, Channels.Chat,
                "Houdt via de app contact met de trajectbegeleider. Samen zoeken ze naar werken en leren (bbl).")
            {
                Experience = 1, Varies = true, DaysToNext = 30, Optional = true,
                BrightSpot = "Gewoon kunnen appen als iets niet duidelijk was.",
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Office,
                "Gaat samen met de trajectbegeleider naar een intake voor een bbl-opleiding. Zij vertelt alvast het verhaal.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 45, Precision = DatePrecision.Day,
                BrightSpot = "Hoefde niet alles opnieuw uit te leggen.",
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "Vindt een leerbaan bij een installatiebedrijf: vier dagen werken, één dag school.",
                "Vindt een leerbaan in de zorg: vier dagen werken, één dag school.")
            {
                Experience = 2, DaysToNext = 90,
                Quotes = ["Leren in de praktijk, dat past veel beter bij mij."],
            },
            new(Phases.Aftercare, Organizations.Rmc, Channels.Phone,
                "Na drie maanden belt de trajectbegeleider nog een keer om te vragen hoe het gaat.")
            {
                Experience = 2,
                BrightSpot = "Ze vergat me niet.",
                Quotes = ["Dat ze nog belde, vond ik echt fijn. Dan weet je dat je ergens terecht kunt."],
            },
        ]);
}
