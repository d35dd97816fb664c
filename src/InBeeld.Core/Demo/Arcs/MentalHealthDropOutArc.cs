using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Anxiety, a ggz waiting list that school knew nothing about, dropping out, and a joint restart.</summary>
internal static class MentalHealthDropOutArc
{
    public static StoryArc Arc { get; } = new(
        "ggz-en-uitval",
        [Attributes.Age18To22, Attributes.Age23To27],
        [Attributes.EduMboHigh, Attributes.EduHavoVwo],
        [Attributes.LivingWithParents, Attributes.LivingAlone],
        [
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Tweede jaar mbo. Krijgt paniekaanvallen in de klas.")
            {
                Experience = -1, DaysToNext = 45,
            },
            new(Phases.Care, Organizations.GeneralPractitioner, Channels.Office,
                "Gaat naar de huisarts en wordt doorverwezen naar de praktijkondersteuner ggz.")
            {
                Experience = 0, Handover = HandoverKind.Warm, DaysToNext = 14,
                BrightSpot = "De huisarts nam de klachten serieus.",
            },
            new(Phases.Care, Organizations.GeneralPractitioner, Channels.Office,
                "Vijf gesprekken met de praktijkondersteuner, daarna een verwijzing naar de ggz.")
            {
                Experience = 1, Handover = HandoverKind.Cold, DaysToNext = 100, Waiting = true,
                PainPoint = "Een wachtlijst van maanden.",
                Quotes = ["Ze zeiden: het duurt een paar maanden. Toen moest ik het maar zelf zien te redden."],
            },
            new(Phases.OutOfSchool, Organizations.MboCollege, Channels.Email,
                "School weet niet wat er speelt. Het verzuim loopt op en er komen e-mails over de aanwezigheid.")
            {
                Experience = -2, DaysToNext = 30,
                PainPoint = "School en zorg praatten niet met elkaar.",
            },
            new(Phases.OutOfSchool, Organizations.MboCollege, Channels.Office,
                "Stopt met de opleiding na een gesprek met de studieloopbaanbegeleider.")
            {
                TurningPoint = TurningPoints.DropOut, Experience = -2, Handover = HandoverKind.Cold, DaysToNext = 40,
                Quotes = ["Ik had het gevoel dat ik had gefaald.", "Niemand wist dat ik op een wachtlijst stond."],
            },
            new(Phases.OutOfSchool, Organizations.Rmc, Channels.Phone,
                "Leerplicht en RMC belt. De jongere vertelt over de wachtlijst; ze spreken af over drie maanden weer te bellen.")
            {
                Experience = 0, DaysToNext = 60, Optional = true,
                BrightSpot = "Niet pushen, wel in beeld blijven.",
            },
            new(Phases.Care, Organizations.MentalHealth, Channels.VideoCall,
                "De behandeling bij de ggz begint, deels via beeldbellen.")
            {
                Experience = 1, Varies = true, DaysToNext = 120,
            },
            new(Phases.Care, Organizations.MentalHealth, Channels.Office,
                "De behandelaar en de RMC-trajectbegeleider praten samen met de jongere over een nieuwe start.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 45, Precision = DatePrecision.Day,
                BrightSpot = "Eindelijk werkten school, RMC en zorg samen.",
                Quotes = ["Voor het eerst zaten ze samen aan tafel. Dat had eerder gemoeten."],
            },
            new(Phases.Choosing, Organizations.MboCollege, Channels.Office,
                "Herstart op het mbo met een aangepast rooster en een vaste coach.")
            {
                Experience = 1, DaysToNext = 90,
            },
            new(Phases.Aftercare, Organizations.MboCollege, Channels.AtSchool,
                "Gaat weer elke dag naar school. Het is nog wel spannend.")
            {
                Experience = 1, Varies = true,
                Quotes = ["Ik ben er nog niet, maar ik ben wel weer op weg."],
            },
        ]);
}
