using InBeeld.Core.Studies;

namespace InBeeld.Core.Generation;

/// <summary>
/// Words for generated studies: chain partners, phases and channels as they appear in youth
/// research in the Achterhoek. Everything here is generic; no real person or case is described.
/// </summary>
internal static class GeneratorVocabulary
{
    public static readonly (string Name, OrganizationType Type)[] Organizations =
    [
        ("Gemeente - Jeugd", OrganizationType.MunicipalityYouth),
        ("Gemeente - Wmo", OrganizationType.MunicipalityWmo),
        ("Gemeente - Participatie", OrganizationType.MunicipalityParticipation),
        ("Sociaal team", OrganizationType.MunicipalitySocialTeam),
        ("UWV", OrganizationType.Uwv),
        ("RMC Achterhoek", OrganizationType.Rmc),
        ("Middelbare school", OrganizationType.SchoolVo),
        ("Praktijkonderwijs", OrganizationType.SchoolPro),
        ("Mbo-college", OrganizationType.SchoolMbo),
        ("Jeugdhulpaanbieder", OrganizationType.YouthCare),
        ("GGZ-aanbieder", OrganizationType.CareProvider),
        ("Schuldhulpverlening", OrganizationType.DebtCounselling),
        ("Huisarts", OrganizationType.HealthCare),
        ("Jobcoach", OrganizationType.JobCoach),
        ("Werkgever", OrganizationType.Employer),
        ("COA", OrganizationType.Coa),
        ("VluchtelingenWerk", OrganizationType.RefugeeSupport),
        ("Taalschool", OrganizationType.LanguageSchool),
    ];

    public static readonly (string Name, string Description)[] Phases =
    [
        ("Signaleren", "Iemand merkt dat het niet goed gaat."),
        ("Aanmelden", "De eerste stap naar hulp, werk of school."),
        ("Intake", "Kennismaken en het verhaal vertellen."),
        ("Ondersteuning", "Hulp, begeleiding of een traject."),
        ("Overgang", "Van de ene instantie of situatie naar de volgende."),
        ("Nazorg", "Blijven volgen zodat het goed blijft gaan."),
    ];

    public static readonly (string Name, string Description)[] TurningPoints =
    [
        ("Van vo naar mbo", "Overstap van voortgezet onderwijs naar het mbo."),
        ("Van school naar werk", "Na het diploma (of zonder) aan het werk."),
        ("18 worden", "Jeugdhulp stopt; Wmo en volwassenenzorg beginnen."),
        ("Instroom in de uitkering", "Aanvraag van een uitkering bij gemeente of UWV."),
        ("Van azc naar gemeente", "Een statushouder krijgt een woning in een gemeente."),
    ];

    public static readonly string[] Channels =
        ["Balie", "Telefoon", "E-mail", "Brief", "Website", "Huisbezoek", "Op school", "App", "Videobellen"];

    public static readonly string[] AgeBands = ["16-17", "18-20", "21-23", "24-27"];

    public static readonly string[] Activities =
    [
        "Kennismakingsgesprek", "Aanvraag ingediend", "Formulier ingevuld", "Gesprek over school",
        "Doorverwezen", "Wachten op een besluit", "Besluit ontvangen", "Afspraak gemist",
        "Plan van aanpak gemaakt", "Begeleiding gestart", "Stage gezocht", "Sollicitatiegesprek",
        "Warme overdracht met beide begeleiders", "Verhaal opnieuw verteld", "Brief niet begrepen",
        "Hulp van ouders bij het regelen", "Taalles begonnen", "Schulden in kaart gebracht",
        "Evaluatiegesprek", "Traject afgerond", "Contact verloren", "Opnieuw aangemeld",
    ];

    public static readonly string[] PainPoints =
    [
        "Lange wachttijd", "Niemand voelde zich verantwoordelijk", "Steeds een andere contactpersoon",
        "Brief in moeilijke taal", "Informatie niet doorgegeven", "Van het kastje naar de muur gestuurd",
    ];

    public static readonly string[] BrightSpots =
    [
        "Vaste contactpersoon", "Afspraken aan het eind samengevat", "Begeleider ging mee naar het gesprek",
        "Snel teruggebeld", "Uitleg in eenvoudige taal",
    ];

    public static readonly string[] Quotes =
    [
        "Als je al een rugzak hebt, wil je niet steeds opnieuw je verhaal vertellen.",
        "Ik wist niet bij wie ik moest zijn.",
        "Zij nam echt de tijd voor me.",
        "Ik heb drie weken niks gehoord.",
        "Eindelijk iemand die zei: ik regel het.",
        "Die brief heb ik maar weggelegd.",
    ];
}
