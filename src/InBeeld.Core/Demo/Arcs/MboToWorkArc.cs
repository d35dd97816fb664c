using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>A smooth route from mbo diploma to work, sometimes with a short detour through UWV.</summary>
internal static class MboToWorkArc
{
    public static StoryArc Arc { get; } = new(
        "mbo-naar-werk",
        [Attributes.Age18To22, Attributes.Age23To27],
        [Attributes.EduMboHigh],
        [Attributes.LivingAlone, Attributes.LivingWithParents],
        [
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Laatste jaar mbo niveau 4. Afstudeerstage bij een bedrijf in de regio.",
                "Laatste jaar mbo niveau 3. Afstudeerstage bij een bedrijf in de regio.")
            {
                Experience = 1, DaysToNext = 120,
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "De praktijkbegeleider vraagt of de jongere na het diploma wil blijven.")
            {
                TurningPoint = TurningPoints.SchoolToWork, Experience = 2, DaysToNext = 60,
                BrightSpot = "Het bedrijf zag wat de jongere kon.",
            },
            new(Phases.Mbo, Organizations.MboCollege, Channels.AtSchool,
                "Diploma-uitreiking.")
            {
                Experience = 2, DaysToNext = 14, Precision = DatePrecision.Day,
                Quotes = ["Mijn hele familie was er. Dat was echt een mooie dag."],
            },
            new(Phases.Work, Organizations.Employer, Channels.Office,
                "Contractgesprek. Begint met een tijdelijk contract.")
            {
                Experience = 1, DaysToNext = 180, Handover = HandoverKind.None,
            },
            new(Phases.Income, Organizations.Uwv, Channels.Website,
                "Het contract wordt niet verlengd door een reorganisatie. Vraagt online een WW-uitkering aan.")
            {
                TurningPoint = TurningPoints.IntoBenefits, Experience = -2, Handover = HandoverKind.Cold,
                DaysToNext = 21, Waiting = true, Optional = true,
                PainPoint = "Ineens thuis, en alles moest online.",
                Quotes = ["Ik had nooit gedacht dat ik een uitkering zou moeten aanvragen."],
            },
            new(Phases.Income, Organizations.Uwv, Channels.Email,
                "Krijgt een werkmap en e-mails met vacatures. Niemand bij UWV kent de jongere persoonlijk.")
            {
                Experience = -1, Handover = HandoverKind.None, DaysToNext = 30, Optional = true,
                PainPoint = "Alles ging via de computer.",
            },
            new(Phases.Work, Organizations.Employer, Channels.Network,
                "Vindt via de vroegere praktijkbegeleider een nieuwe baan in dezelfde sector.",
                "Vindt via een oud-klasgenoot een nieuwe baan in dezelfde sector.")
            {
                Experience = 2, DaysToNext = 90,
                BrightSpot = "Het eigen netwerk hielp meer dan een vacaturesite.",
                Quotes = ["Eén appje van mijn oude begeleider en ik kon op gesprek komen."],
            },
            new(Phases.Aftercare, Organizations.MboCollege, Channels.Email,
                "De oude school vraagt via een vragenlijst hoe het nu gaat.")
            {
                Experience = 0, DaysToNext = 30, Optional = true,
            },
            new(Phases.Aftercare, Organizations.Employer, Channels.AtWork,
                "Krijgt een vast contract. Denkt na over een hbo-opleiding naast het werk.")
            {
                Experience = 2,
                Quotes = ["Ik wil nog verder leren, maar dan naast mijn werk."],
            },
        ]);
}
