using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Turning 18 done well: a plan at 17½ and one handover meeting with everyone present.</summary>
internal static class TurningEighteenWarmArc
{
    public static StoryArc Arc { get; } = new(
        "18-jaar-warm",
        [Attributes.Age18To22],
        [Attributes.EduMboLow, Attributes.EduVmbo],
        [Attributes.LivingSupported, Attributes.LivingWithParents],
        [
            new(Phases.Care, Organizations.YouthCare, Channels.HomeVisit,
                "Woont met begeleiding vanuit de jeugdhulp.",
                "Woont thuis en krijgt begeleiding vanuit de jeugdhulp.")
            {
                Experience = 1, DaysToNext = 180, Precision = DatePrecision.Year,
            },
            new(Phases.Care, Organizations.Youth, Channels.Office,
                "Een half jaar voor de 18e verjaardag maakt de jeugdconsulent samen met de jongere een toekomstplan.")
            {
                TurningPoint = TurningPoints.TurningEighteen, Experience = 1, DaysToNext = 30,
                BrightSpot = "Op tijd begonnen.",
                Quotes = ["Ze vroegen wat ik zelf wilde als ik 18 was."],
            },
            new(Phases.Care, Organizations.Youth, Channels.Office,
                "Overdrachtsgesprek met de jeugdconsulent, de Wmo-consulent, de begeleider en de jongere samen.")
            {
                Experience = 2, Handover = HandoverKind.Warm, DaysToNext = 21, Precision = DatePrecision.Day,
                BrightSpot = "Het verhaal maar één keer hoeven vertellen.",
                Quotes = ["Ik hoefde mijn verhaal maar één keer te vertellen. Iedereen zat erbij."],
            },
            new(Phases.Care, Organizations.Wmo, Channels.Letter,
                "De beschikking voor Wmo-begeleiding komt binnen vóór de 18e verjaardag.")
            {
                Experience = 1, DaysToNext = 60,
                PainPoint = "De brief was wel erg lang.",
            },
            new(Phases.Care, Organizations.YouthCare, Channels.HomeVisit,
                "Dezelfde begeleider blijft, nu betaald vanuit de Wmo.")
            {
                Experience = 2, Handover = HandoverKind.Warm, DaysToNext = 90,
                BrightSpot = "De vertrouwde begeleider bleef.",
            },
            new(Phases.Income, Organizations.YouthCare, Channels.HomeVisit,
                "Regelt samen met de begeleider een bankrekening en toeslagen. Post openen wordt een vast moment in de week.")
            {
                Experience = 1, DaysToNext = 30, Optional = true,
                BrightSpot = "Geldzaken samen geregeld voordat het misging.",
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Begint aan een entreeopleiding met extra begeleiding.")
            {
                Experience = 1, Varies = true, DaysToNext = 120,
            },
            new(Phases.Aftercare, Organizations.Youth, Channels.Phone,
                "De jeugdconsulent belt na een half jaar om te horen hoe het gaat.")
            {
                Experience = 2,
                BrightSpot = "Nazorg zonder dat de jongere erom vroeg.",
                Quotes = ["Zo zou het voor iedereen moeten gaan."],
            },
        ]);
}
