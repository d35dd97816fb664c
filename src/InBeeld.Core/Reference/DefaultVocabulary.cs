using InBeeld.Core.Studies;

namespace InBeeld.Core.Reference;

/// <summary>
/// Starting vocabulary for a new study in the Dutch social domain, taken from the kind of research
/// InBeeld supports (young people between school, work, care and benefits; status holders). These
/// are suggestions: the researcher accepts, renames or removes them, so nothing here is required
/// elsewhere in the code.
/// </summary>
public static class DefaultVocabulary
{
    /// <summary>How a contact took place (kanalen).</summary>
    public static IReadOnlyList<VocabularyTerm> Channels { get; } =
    [
        new("Balie", "Langsgaan zonder afspraak, bijvoorbeeld bij het loket van de gemeente."),
        new("Gesprek op kantoor", "Een afspraak bij de organisatie: intake, consulent, behandelaar."),
        new("Telefoon"),
        new("E-mail"),
        new("Brief", "Post op papier, zoals een beschikking of een uitnodiging."),
        new("Website", "Informatie opzoeken of een online formulier invullen (vaak met DigiD)."),
        new("Huisbezoek", "Een professional komt thuis, zoals bij een keukentafelgesprek."),
        new("Op school", "Contact op school: mentor, studieloopbaanbegeleider, open dag."),
        new("Op de werkvloer", "Contact op de stage- of werkplek, bijvoorbeeld met een jobcoach."),
        new("Chat/app", "Chat op een website of berichten via een app."),
        new("(Video)bellen", "Een gesprek via beeldbellen."),
        new("Via ouders/netwerk", "Ouders, familie, vrienden of een vrijwilliger regelen het contact."),
        new("Via andere hulpverlener", "Een professional van een andere organisatie legt het contact."),
    ];

    /// <summary>Transitions worth studying (kantelmomenten), where people most often get lost between organisations.</summary>
    public static IReadOnlyList<VocabularyTerm> TurningPoints { get; } =
    [
        new("Van vo naar mbo", "Overstap van voortgezet (speciaal) onderwijs of praktijkonderwijs naar het mbo."),
        new("Uitval en RMC", "Voortijdig stoppen met school; leerplicht en RMC proberen de jongere weer in beeld te krijgen."),
        new("Van school naar werk", "Van praktijkschool, vso of mbo naar een baan, eventueel met jobcoach of loonkostensubsidie."),
        new("18 worden: van jeugdhulp naar Wmo", "De jeugdhulp stopt bij 18 jaar; ondersteuning loopt verder via de Wmo of een andere wet."),
        new("Instroom in uitkering (UWV of gemeente)", "Een uitkering aanvragen: WW, Wajong of Ziektewet bij UWV, of bijstand bij de gemeente."),
        new("Van uitkering naar werk of opleiding", "Uitstroom uit de uitkering, met nazorg om terugval te voorkomen."),
        new("Van azc naar gemeente", "Een statushouder verhuist van het azc naar een woning in de gemeente; inburgering begint."),
        new("Zelfstandig wonen", "Uit huis gaan en zelf geldzaken, post en toeslagen regelen."),
        new("Van geldzorgen naar schuldhulp", "Van de eerste betalingsachterstand tot hulp bij schulden."),
        new("Van zorgvraag naar passende hulp", "Van het eerste moment dat iemand hulp zoekt tot de hulp die past."),
    ];

    /// <summary>Columns of a journey map (fasen), from the first signal to aftercare.</summary>
    public static IReadOnlyList<VocabularyTerm> Phases { get; } =
    [
        new("Aanleiding", "Wat er gebeurde waardoor iemand hulp of een volgende stap nodig had."),
        new("Zoeken en eerste contact", "Hoe de weg werd gevonden en wie als eerste werd gesproken."),
        new("Aanmelding en intake", "Aanvragen, formulieren, het eerste gesprek."),
        new("Wachten", "De tijd tussen aanmelding en hulp, uitkering of plek."),
        new("Begeleiding en ondersteuning", "De hulp, begeleiding of opleiding zelf."),
        new("Overgang en overdracht", "Naar een volgende organisatie, school of werkgever."),
        new("Resultaat", "Waar iemand nu staat: school, werk, zorg of uitkering."),
        new("Nazorg", "Contact na afloop, om terugval te voorkomen."),
    ];

    /// <summary>One generic chain partner per organisation type, to be renamed to the real organisation.</summary>
    public static IReadOnlyList<OrganizationSuggestion> Organizations { get; } =
    [
        new("Gemeente – Jeugd", OrganizationType.MunicipalityYouth),
        new("Gemeente – Wmo-loket", OrganizationType.MunicipalityWmo),
        new("Gemeente – Werk en inkomen", OrganizationType.MunicipalityParticipation),
        new("Sociaal team", OrganizationType.MunicipalitySocialTeam),
        new("UWV", OrganizationType.Uwv),
        new("Leerplicht en RMC", OrganizationType.Rmc),
        new("School voor voortgezet onderwijs", OrganizationType.SchoolVo),
        new("School voor voortgezet speciaal onderwijs", OrganizationType.SchoolVso),
        new("Praktijkschool", OrganizationType.SchoolPro),
        new("Mbo-school", OrganizationType.SchoolMbo),
        new("Hogeschool", OrganizationType.SchoolHbo),
        new("Jeugdhulpaanbieder", OrganizationType.YouthCare),
        new("Zorgaanbieder", OrganizationType.CareProvider),
        new("Azc (COA)", OrganizationType.Coa),
        new("Vluchtelingenorganisatie", OrganizationType.RefugeeSupport),
        new("Taalschool", OrganizationType.LanguageSchool),
        new("Werkgever", OrganizationType.Employer),
        new("Jobcoach", OrganizationType.JobCoach),
        new("Schuldhulpverlening", OrganizationType.DebtCounselling),
        new("Huisarts", OrganizationType.HealthCare),
    ];
}
