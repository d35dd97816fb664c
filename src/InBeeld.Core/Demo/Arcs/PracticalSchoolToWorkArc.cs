using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>From praktijkschool to a job with a jobcoach: confusing words, then one table with everyone at it.</summary>
internal static class PracticalSchoolToWorkArc
{
    public static StoryArc Arc { get; } = new(
        "pro-naar-werk",
        [Attributes.Age18To22],
        [Attributes.EduPro],
        [Attributes.LivingWithParents, Attributes.LivingSupported],
        [
            new(Phases.School, Organizations.PracticalSchool, Channels.AtSchool,
                "Laatste jaar op de praktijkschool. Loopt stage bij een groenbedrijf.",
                "Laatste jaar op de praktijkschool. Loopt stage in een supermarkt.")
            {
                Experience = 2, DaysToNext = 60,
                BrightSpot = "Op stage voelde de jongere zich nuttig.",
                Quotes = ["Op stage zeiden ze: goed gedaan. Dat hoorde ik op school niet vaak."],
            },
            new(Phases.School, Organizations.PracticalSchool, Channels.Office,
                "De stagecoördinator vertelt over werk na school: praktijkroute, banenafspraak, jobcoach.")
            {
                TurningPoint = TurningPoints.SchoolToWork, Experience = 0, DaysToNext = 30,
                PainPoint = "Veel nieuwe woorden: banenafspraak, indicatie, loonwaarde.",
                Quotes = ["Iedereen gebruikte andere woorden voor hetzelfde. Ik snapte er niks van."],
            },
            new(Phases.Work, Organizations.Uwv, Channels.Website,
                "Vraagt de indicatie banenafspraak aan bij UWV. Een ouder vult het formulier in met DigiD.")
            {
                Experience = -1, Handover = HandoverKind.Cold, DaysToNext = 56, Waiting = true,
                PainPoint = "Zonder hulp van thuis was het formulier niet gelukt.",
                Quotes = ["Mijn moeder heeft het ingevuld. Ik had geen idee wat ze vroegen."],
            },
            new(Phases.Work, Organizations.Uwv, Channels.Letter,
                "Brief van UWV: de indicatie is toegekend. Wat dat betekent, staat er niet duidelijk in.")
            {
                Experience = 0, Handover = HandoverKind.None, DaysToNext = 40, Waiting = true,
                PainPoint = "Niet duidelijk wat de volgende stap was.",
            },
            new(Phases.Work, Organizations.WorkAndIncome, Channels.Office,
                "De school regelt een driegesprek met de consulent van Werk & Inkomen. De stagecoördinator is erbij.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 21, Precision = DatePrecision.Day,
                BrightSpot = "Iedereen zat aan één tafel.",
                Quotes = ["Voor het eerst wist iedereen hetzelfde."],
            },
            new(Phases.Work, Organizations.JobCoach, Channels.AtWork,
                "Kennismaking met de jobcoach op de werkplek.")
            {
                Experience = 1, DaysToNext = 14,
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "Begint met een proefplaatsing van twee maanden bij het stagebedrijf.")
            {
                Experience = 2, Varies = true, DaysToNext = 60,
                BrightSpot = "Het bedrijf kende de jongere al van de stage.",
            },
            new(Phases.Work, Organizations.Employer, Channels.Office,
                "Krijgt een contract voor een jaar, met loonkostensubsidie. De jobcoach helpt met afspraken over werktijden.")
            {
                Experience = 2, DaysToNext = 90, Precision = DatePrecision.Day,
                Quotes = ["Ik heb een echt contract. Dat had ik nooit gedacht.", "Mijn eerste loonstrook heb ik bewaard."],
            },
            new(Phases.Work, Organizations.JobCoach, Channels.Phone,
                "De jobcoach belt minder vaak. Bij ruzie met een collega is er snel een gesprek.")
            {
                Experience = 0, Varies = true, DaysToNext = 120, Optional = true,
                BrightSpot = "Snel een gesprek toen het misging.",
            },
            new(Phases.Aftercare, Organizations.JobCoach, Channels.AtWork,
                "Evaluatie na een jaar: het contract wordt verlengd.")
            {
                Experience = 2,
                Quotes = ["Ik ga gewoon elke dag naar mijn werk. Net als iedereen."],
            },
        ]);
}
