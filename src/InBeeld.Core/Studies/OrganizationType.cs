namespace InBeeld.Core.Studies;

/// <summary>
/// Kinds of chain partner in the Dutch social domain. Stored by name, so new members may be
/// added anywhere; never rename one without a schema version that rewrites stored values.
/// </summary>
public enum OrganizationType
{
    Other,
    MunicipalityYouth,
    MunicipalityWmo,
    MunicipalityParticipation,
    MunicipalitySocialTeam,
    Uwv,
    Rmc,
    SchoolVo,
    SchoolVso,
    SchoolPro,
    SchoolMbo,
    SchoolHbo,
    YouthCare,
    CareProvider,
    Coa,
    RefugeeSupport,
    LanguageSchool,
    Employer,
    JobCoach,
    DebtCounselling,
    HealthCare,
}
