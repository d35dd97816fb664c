using InBeeld.Core.Interchange;
using InBeeld.Core.Participants;
using InBeeld.Core.Reference;
using InBeeld.Core.Studies;

namespace InBeeld.Core.Demo;

/// <summary>
/// The names the demo study's steps refer to. Story arcs use these constants rather than string
/// literals, so a typo fails to compile instead of producing a dangling reference in the document.
/// </summary>
internal static class DemoVocabulary
{
    internal static class Phases
    {
        public const string School = "Op school (vo, pro of vso)";
        public const string Choosing = "Kiezen en overstappen";
        public const string Mbo = "Mbo";
        public const string OutOfSchool = "Zonder school of werk";
        public const string NewHere = "Nieuw in de gemeente";
        public const string Care = "Zorg en ondersteuning";
        public const string Income = "Inkomen en uitkering";
        public const string Work = "Naar en aan het werk";
        public const string Aftercare = "Nazorg en verder";
    }

    internal static class Organizations
    {
        public const string VoSchool = "Vo-school (vmbo)";
        public const string PracticalSchool = "Praktijkschool";
        public const string MboCollege = "Mbo-college Achterhoek";
        public const string Rmc = "Leerplicht en RMC";
        public const string Youth = "Gemeente – Jeugd";
        public const string Wmo = "Gemeente – Wmo-loket";
        public const string WorkAndIncome = "Gemeente – Werk & Inkomen";
        public const string Uwv = "UWV";
        public const string YouthCare = "Jeugdhulpaanbieder";
        public const string Support = "Zorgaanbieder begeleiding";
        public const string MentalHealth = "GGZ-aanbieder";
        public const string GeneralPractitioner = "Huisarts";
        public const string JobCoach = "Jobcoach";
        public const string Employer = "Werkgever";
        public const string TempAgency = "Uitzendbureau";
        public const string DebtHelp = "Schuldhulpverlening";
        public const string Azc = "Azc (COA)";
        public const string RefugeeSupport = "Vluchtelingenorganisatie";
        public const string LanguageSchool = "Taalschool";
    }

    internal static class TurningPoints
    {
        public const string VoToMbo = "Van vo naar mbo";
        public const string DropOut = "Uitval en RMC";
        public const string SchoolToWork = "Van school naar werk";
        public const string TurningEighteen = "18 worden: van jeugdhulp naar Wmo";
        public const string IntoBenefits = "Instroom in uitkering (UWV of gemeente)";
        public const string AzcToMunicipality = "Van azc naar gemeente";
    }

    /// <summary>Channel names, shared with <see cref="DefaultVocabulary.Channels"/> so the demo shows the defaults in use.</summary>
    internal static class Channels
    {
        public const string Office = "Gesprek op kantoor";
        public const string Phone = "Telefoon";
        public const string Email = "E-mail";
        public const string Letter = "Brief";
        public const string Website = "Website";
        public const string HomeVisit = "Huisbezoek";
        public const string AtSchool = "Op school";
        public const string AtWork = "Op de werkvloer";
        public const string Chat = "Chat/app";
        public const string VideoCall = "(Video)bellen";
        public const string Network = "Via ouders/netwerk";
    }

    internal static class Attributes
    {
        public const string AgeGroup = "leeftijdsgroep";
        public const string Municipality = "gemeente";
        public const string Education = "opleiding";
        public const string Living = "woonsituatie";

        public const string Age16To17 = "16-17";
        public const string Age18To22 = "18-22";
        public const string Age23To27 = "23-27";

        public const string EduPro = "pro of vso";
        public const string EduVmbo = "vmbo";
        public const string EduMboLow = "mbo niveau 1-2";
        public const string EduMboHigh = "mbo niveau 3-4";
        public const string EduHavoVwo = "havo/vwo";
        public const string EduAbroad = "opleiding in het buitenland";

        public const string LivingWithParents = "bij ouder(s)";
        public const string LivingAlone = "zelfstandig";
        public const string LivingSupported = "begeleid wonen";
    }

    // The item lists below are built anew on every call, so one StudyDocument can never change another.
    public static IReadOnlyList<OrganizationItem> OrganizationItems =>
    [
        Org(Organizations.VoSchool, OrganizationType.SchoolVo),
        Org(Organizations.PracticalSchool, OrganizationType.SchoolPro),
        Org(Organizations.MboCollege, OrganizationType.SchoolMbo),
        Org(Organizations.Rmc, OrganizationType.Rmc),
        Org(Organizations.Youth, OrganizationType.MunicipalityYouth),
        Org(Organizations.Wmo, OrganizationType.MunicipalityWmo),
        Org(Organizations.WorkAndIncome, OrganizationType.MunicipalityParticipation),
        Org(Organizations.Uwv, OrganizationType.Uwv),
        Org(Organizations.YouthCare, OrganizationType.YouthCare),
        Org(Organizations.Support, OrganizationType.CareProvider),
        Org(Organizations.MentalHealth, OrganizationType.CareProvider),
        Org(Organizations.GeneralPractitioner, OrganizationType.HealthCare),
        Org(Organizations.JobCoach, OrganizationType.JobCoach),
        Org(Organizations.Employer, OrganizationType.Employer),
        Org(Organizations.TempAgency, OrganizationType.Employer),
        Org(Organizations.DebtHelp, OrganizationType.DebtCounselling),
        Org(Organizations.Azc, OrganizationType.Coa),
        Org(Organizations.RefugeeSupport, OrganizationType.RefugeeSupport),
        Org(Organizations.LanguageSchool, OrganizationType.LanguageSchool),
    ];

    public static IReadOnlyList<PhaseItem> PhaseItems =>
    [
        Phase(Phases.School, "Laatste jaren van het voortgezet onderwijs, praktijkonderwijs of vso."),
        Phase(Phases.Choosing, "Een vervolgopleiding kiezen, aanmelden en de intake."),
        Phase(Phases.Mbo, "De tijd op het mbo, met stages."),
        Phase(Phases.OutOfSchool, "Thuis, zonder school, werk of andere dagbesteding."),
        Phase(Phases.NewHere, "Voor statushouders: van azc naar een eigen woning en inburgering."),
        Phase(Phases.Care, "Jeugdhulp, Wmo-begeleiding, huisarts en ggz."),
        Phase(Phases.Income, "Geld, uitkering van UWV of gemeente, schulden."),
        Phase(Phases.Work, "Stage, werkervaring, jobcoach en een baan."),
        Phase(Phases.Aftercare, "Wat er na afloop gebeurt: nazorg, terugval, hoe het nu gaat."),
    ];

    public static IReadOnlyList<TurningPointItem> TurningPointItems =>
        DefaultVocabulary.TurningPoints
            .Where(t => t.Name is TurningPoints.VoToMbo or TurningPoints.DropOut or TurningPoints.SchoolToWork
                or TurningPoints.TurningEighteen or TurningPoints.IntoBenefits or TurningPoints.AzcToMunicipality)
            .Select(t => new TurningPointItem { Name = t.Name, Description = t.Description })
            .ToList();

    public static IReadOnlyList<ChannelItem> ChannelItems =>
        DefaultVocabulary.Channels.Select(c => new ChannelItem { Name = c.Name }).ToList();

    public static IReadOnlyList<string> AchterhoekNames { get; } =
        MunicipalityRegistry.Achterhoek
            .Select(code => MunicipalityRegistry.TryGet(code, out var m) ? m.Name : throw new InvalidOperationException(code))
            .ToList();

    public static IReadOnlyList<AttributeItem> AttributeItems =>
    [
        Choice(Attributes.AgeGroup, "Leeftijdsgroep", [Attributes.Age16To17, Attributes.Age18To22, Attributes.Age23To27]),
        Choice(Attributes.Municipality, "Gemeente", [.. AchterhoekNames]),
        Choice(Attributes.Education, "Hoogst gevolgde opleiding",
        [
            Attributes.EduPro, Attributes.EduVmbo, Attributes.EduMboLow, Attributes.EduMboHigh,
            Attributes.EduHavoVwo, Attributes.EduAbroad,
        ]),
        Choice(Attributes.Living, "Woonsituatie", [Attributes.LivingWithParents, Attributes.LivingAlone, Attributes.LivingSupported]),
    ];

    private static OrganizationItem Org(string name, OrganizationType type) => new() { Name = name, Type = type };

    private static PhaseItem Phase(string name, string description) => new() { Name = name, Description = description };

    private static AttributeItem Choice(string key, string label, IReadOnlyList<string> choices) =>
        new() { Key = key, Label = label, Type = AttributeType.Choice, Choices = choices };
}
