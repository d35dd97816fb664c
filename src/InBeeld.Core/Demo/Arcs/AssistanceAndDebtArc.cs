using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo.Arcs;

/// <summary>Bijstand after leaving school without a diploma; the consultant spots the debts and walks along to debt help.</summary>
internal static class AssistanceAndDebtArc
{
    public static StoryArc Arc { get; } = new(
        "bijstand-en-schulden",
        [Attributes.Age18To22, Attributes.Age23To27],
        [Attributes.EduVmbo, Attributes.EduMboLow],
        [Attributes.LivingAlone, Attributes.LivingWithParents],
        [
            new(Phases.OutOfSchool, Organizations.MboCollege, Channels.AtSchool,
                "Stopt zonder diploma met het mbo en werkt af en toe als invalkracht.")
            {
                TurningPoint = TurningPoints.DropOut, Experience = -1, Handover = HandoverKind.None, DaysToNext = 120,
                Precision = DatePrecision.Year,
            },
            new(Phases.Income, null, null,
                "Rekeningen van telefoon en zorgverzekering blijven liggen. De aanmaningen stapelen zich op.")
            {
                Experience = -2, DaysToNext = 90,
                PainPoint = "De post niet meer durven openmaken.",
                Quotes = ["Ik schaamde me. Dus ik deed maar of het er niet was."],
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Website,
                "Vraagt bijstand aan via de website.")
            {
                TurningPoint = TurningPoints.IntoBenefits, Experience = -1, Handover = HandoverKind.None,
                DaysToNext = 28, Waiting = true,
                PainPoint = "Vier weken zoekperiode zonder iemand te spreken.",
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Office,
                "Intake. De consulent vraagt door en ziet de schulden.")
            {
                Experience = 1, DaysToNext = 14, Precision = DatePrecision.Day,
                BrightSpot = "De consulent vroeg ook hoe het thuis ging.",
            },
            new(Phases.Income, Organizations.DebtHelp, Channels.Office,
                "De consulent loopt mee naar de eerste afspraak bij schuldhulpverlening.")
            {
                Experience = 1, Handover = HandoverKind.Warm, DaysToNext = 30,
                BrightSpot = "Ze ging gewoon mee.",
                Quotes = ["Zonder haar was ik daar nooit naar binnen gegaan."],
            },
            new(Phases.Income, Organizations.DebtHelp, Channels.Email,
                "Moet veel papieren verzamelen. Het duurt maanden voor er een regeling is.")
            {
                Experience = -1, Varies = true, DaysToNext = 120, Waiting = true,
                PainPoint = "Wachten, wachten en nog eens wachten.",
            },
            new(Phases.Income, Organizations.WorkAndIncome, Channels.Letter,
                "Huur en zorgverzekering worden voortaan direct vanuit de uitkering betaald.")
            {
                Experience = 1, DaysToNext = 30, Optional = true,
                BrightSpot = "Rust: de vaste lasten gaan automatisch.",
            },
            new(Phases.Work, Organizations.WorkAndIncome, Channels.Office,
                "Traject naar werk: sollicitatietraining en een werkervaringsplek.")
            {
                Experience = 0, Varies = true, DaysToNext = 60,
            },
            new(Phases.Work, Organizations.Employer, Channels.AtWork,
                "Parttime baan in een supermarkt.",
                "Parttime baan in de schoonmaak.")
            {
                Experience = 1, DaysToNext = 60,
            },
            new(Phases.Aftercare, Organizations.DebtHelp, Channels.Phone,
                "Schuldhulpverlening belt regelmatig. Af en toe gaat het even mis.")
            {
                Experience = 0, Optional = true,
                Quotes = ["Het gaat met vallen en opstaan."],
            },
        ]);
}
