using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>From vmbo to mbo: a choice made without knowing what it meant, a switch that went well thanks to one coach.</summary>
internal static class VoToMboArc
{
    public static StoryArc Arc { get; } = new(
        "vo-naar-mbo",
        [Attributes.Age16To17, Attributes.Age18To22, Attributes.Age16To17, Attributes.Age18To22],
        [Attributes.EduMboLow, Attributes.EduMboHigh],
        [Attributes.LivingWithParents],
        [
            new(Phases.School, Organizations.VoSchool, Channels.AtSchool,
                "In de derde klas vmbo kiest de jongere een profiel. Er is één loopbaangesprek met de mentor.",
                "In de derde klas vmbo moet de jongere een richting kiezen. De mentor heeft er weinig tijd voor.")
            {
                Experience = 0, Varies = true, DaysToNext = 210, Precision = DatePrecision.Year,
                BrightSpot = "De mentor kende de jongere goed.",
                Quotes = ["Ik koos gewoon wat mijn vrienden ook deden."],
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Website,
                "Zoekt op de website van het mbo-college naar opleidingen. De namen zeggen weinig.")
            {
                Experience = -1, Handover = HandoverKind.None, DaysToNext = 30,
                PainPoint = "Niet duidelijk wat je in een opleiding echt doet.",
                Quotes = ["Al die namen van opleidingen. Ik had geen idee wat je dan de hele dag doet."],
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.AtSchool,
                "Gaat met een ouder naar de open dag van het mbo-college en loopt een ochtend mee.")
            {
                Experience = 1, DaysToNext = 40, Optional = true,
                BrightSpot = "Meelopen met een echte les.",
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Website,
                "Meldt zich online aan voor Zorg en welzijn niveau 2.",
                "Meldt zich online aan voor Techniek niveau 2.")
            {
                TurningPoint = TurningPoints.VoToMbo, Experience = 0, DaysToNext = 80, Waiting = true,
            },
            new(Phases.School, Organizations.VoSchool, Channels.AtSchool,
                "Laatste gesprek met de mentor. Die zegt dat het mbo alle informatie krijgt.")
            {
                Experience = 1, Handover = HandoverKind.Cold, DaysToNext = 35, Precision = DatePrecision.Day,
                PainPoint = "De afspraken over extra tijd bij toetsen kwamen niet bij het mbo aan.",
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Office,
                "Intakegesprek op het mbo. In het overstapdossier staat niets over de dyslexie.")
            {
                Experience = -1, DaysToNext = 60, Precision = DatePrecision.Day,
                PainPoint = "Ik moest mijn verhaal over mijn dyslexie opnieuw vertellen.",
                Quotes =
                [
                    "Op de middelbare wisten ze alles van me. Hier begon ik weer bij nul.",
                    "Ik moest mijn verhaal steeds opnieuw vertellen.",
                ],
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Start op het mbo in september. Grote klas, veel zelfstandig werken.")
            {
                Experience = -1, Varies = true, DaysToNext = 75,
                PainPoint = "Niemand vroeg hoe het ging.",
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "De eerste stage past niet. De cijfers zakken en de jongere spijbelt af en toe.")
            {
                Experience = -2, DaysToNext = 20,
                PainPoint = "In de verkeerde opleiding, maar durfde dat niet te zeggen.",
                Quotes = ["Ik dacht: als ik stop, heb ik gefaald.", "Ik zat daar elke dag en dacht: dit ben ik niet."],
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.Office,
                "Gesprek met de studieloopbaanbegeleider. Samen zoeken ze een andere opleiding binnen het college.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 30,
                BrightSpot = "De begeleider belde zelf met de andere opleiding.",
                Quotes = ["Ze zei: we gaan het samen regelen. Dat was echt een opluchting."],
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Stapt halverwege het jaar over naar Logistiek niveau 2.",
                "Stapt halverwege het jaar over naar Sport en bewegen niveau 2.")
            {
                Experience = 1, Varies = true, DaysToNext = 140,
                BrightSpot = "De nieuwe docent wist al wat er speelde.",
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "Stage bij een bedrijf in de buurt. De praktijkbegeleider neemt de tijd.")
            {
                Experience = 2, DaysToNext = 110, Optional = true,
                BrightSpot = "Op stage merkte de jongere dat het werk past.",
            },
            new(Phases.Aftercare, Organizations.MboCollege, Channels.AtSchool,
                "Het tweede jaar gaat goed. Wil na het diploma verder op niveau 3.")
            {
                Experience = 1,
                Quotes = ["Nu weet ik waarom ik naar school ga."],
            },
        ]);
}
