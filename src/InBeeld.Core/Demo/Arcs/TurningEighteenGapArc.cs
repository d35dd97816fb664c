using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Turning 18: youth care stops, nobody starts the Wmo in time, and the story is told again to new people.</summary>
internal static class TurningEighteenGapArc
{
    public static StoryArc Arc { get; } = new(
        "18-jaar-gat",
        [Attributes.Age18To22],
        [Attributes.EduVmbo, Attributes.EduMboLow, Attributes.EduPro],
        [Attributes.LivingWithParents, Attributes.LivingSupported],
        [
            new(Phases.Care, Organizations.YouthCare, Channels.HomeVisit,
                "Heeft al jaren ambulante begeleiding van een jeugdhulpaanbieder. De vaste begeleider komt elke week.")
            {
                Experience = 1, DaysToNext = 300, Precision = DatePrecision.Year,
                BrightSpot = "Eén vaste begeleider die de jongere goed kende.",
            },
            new(Phases.Care, Organizations.Youth, Channels.Letter,
                "Brief van de gemeente: de jeugdhulp stopt als de jongere 18 wordt.")
            {
                TurningPoint = TurningPoints.TurningEighteen, Experience = -1, Handover = HandoverKind.None, DaysToNext = 60,
                PainPoint = "Niemand legde uit wat er daarna zou gebeuren.",
            },
            new(Phases.Care, Organizations.YouthCare, Channels.HomeVisit,
                "De begeleider zegt dat er iets geregeld moet worden, maar niemand pakt het op.")
            {
                Experience = -1, Varies = true, Handover = HandoverKind.None, DaysToNext = 45,
                Quotes = ["Iedereen dacht dat een ander het zou doen."],
            },
            new(Phases.Care, Organizations.YouthCare, Channels.HomeVisit,
                "De jongere wordt 18 en de jeugdhulp stopt. Laatste gesprek met de begeleider.")
            {
                Experience = -2, Handover = HandoverKind.None, DaysToNext = 50,
                PainPoint = "Van de ene op de andere dag er alleen voor staan.",
                Quotes =
                [
                    "Op mijn verjaardag was ik ineens volwassen en was alles weg.",
                    "Ik mocht mijn begeleider niet meer bellen. Zo voelde het in ieder geval.",
                ],
            },
            new(Phases.Care, null, null,
                "Twee maanden zonder begeleiding. Post en rekeningen blijven liggen, school wordt lastig.")
            {
                Experience = -2, DaysToNext = 30, Optional = true,
                PainPoint = "Een gat tussen jeugdhulp en Wmo.",
            },
            new(Phases.Care, Organizations.Wmo, Channels.Phone,
                "Belt samen met een ouder het Wmo-loket. Moet eerst een melding doen.")
            {
                Experience = -1, Handover = HandoverKind.Cold, DaysToNext = 7,
                PainPoint = "Ik moest mijn verhaal weer helemaal opnieuw vertellen.",
                Quotes = ["Ik heb mijn verhaal al tien keer verteld. Waarom weten ze het niet gewoon?"],
            },
            new(Phases.Care, Organizations.Wmo, Channels.Website,
                "Vult de melding online in.")
            {
                Experience = -1, DaysToNext = 28, Waiting = true, Optional = true,
            },
            new(Phases.Care, Organizations.Wmo, Channels.HomeVisit,
                "Keukentafelgesprek met de Wmo-consulent. Vriendelijk, maar alles wordt opnieuw gevraagd.")
            {
                Experience = 0, Varies = true, DaysToNext = 42, Waiting = true, Precision = DatePrecision.Day,
                BrightSpot = "De consulent luisterde goed.",
                PainPoint = "Het dossier van de jeugdhulp was er niet.",
            },
            new(Phases.Care, Organizations.Wmo, Channels.Letter,
                "De beschikking voor begeleiding vanuit de Wmo komt per brief.")
            {
                Experience = 0, Handover = HandoverKind.Cold, DaysToNext = 30, Waiting = true,
                PainPoint = "Een lange brief vol moeilijke woorden.",
            },
            new(Phases.Care, Organizations.Support, Channels.HomeVisit,
                "Nieuwe begeleider van een andere zorgaanbieder. Opnieuw kennismaken.")
            {
                Experience = 0, Varies = true, DaysToNext = 60,
                Quotes = ["Weer een nieuw gezicht. Weer van voren af aan."],
            },
            new(Phases.Aftercare, Organizations.Support, Channels.HomeVisit,
                "Na een paar maanden gaat het beter. Samen is er een plan voor geld en school.")
            {
                Experience = 1,
                Quotes = ["Het had niet zo lang hoeven duren."],
            },
        ]);
}
