using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Data.Accounts;

namespace InBeeld.IntegrationTests.Improvement;

/// <summary>
/// A small fictitious study for the improvement features: School and RMC, phases Melden and Hulp,
/// one consented interview (School/Melden −1 koud 40 d → RMC/Hulp −2), one without consent, a
/// coordinator and a researcher account.
/// </summary>
internal sealed record ImprovementSeed(Guid StudyId, Guid School, Guid Rmc, Guid Melden, Guid Hulp, Guid Interview, Guid NoConsentInterview, Guid Participant, Guid Step1, Guid Step2, Guid Quote, Guid Coordinator, Guid Researcher)
{
    public static async Task<ImprovementSeed> AddAsync(InBeeldDbContext db, string title = "Verzuim 2026", DateTimeOffset? created = null)
    {
        var study = new Study { Title = title, CreatedAt = created ?? DateTimeOffset.UnixEpoch, IsFictitious = true };
        var school = new Organization { Name = "School", Type = OrganizationType.SchoolVo, Order = 0 };
        var rmc = new Organization { Name = "RMC", Type = OrganizationType.Rmc, Order = 1 };
        var melden = new Phase { Name = "Melden", Order = 0 };
        var hulp = new Phase { Name = "Hulp", Order = 1 };
        study.Organizations.AddRange([school, rmc]);
        study.Phases.AddRange([melden, hulp]);
        var participant = new Participant { StudyId = study.Id, Code = "VZ-01" };
        var other = new Participant { StudyId = study.Id, Code = "VZ-02" };
        var quote = new Quote { Text = "Ik moest alles opnieuw vertellen." };
        var step1 = new Step { Order = 0, Description = "Mentor ziet verzuim", OrganizationId = school.Id, PhaseId = melden.Id, Experience = -1, Handover = HandoverKind.Cold, WaitingDays = 40 };
        var step2 = new Step { Order = 1, Description = "RMC belt na zes weken", OrganizationId = rmc.Id, PhaseId = hulp.Id, Experience = -2, Quotes = [quote] };
        var interview = new Interview { StudyId = study.Id, ParticipantId = participant.Id, Consent = new Consent { Given = true }, Steps = [step1, step2] };
        var without = new Interview
        {
            StudyId = study.Id, ParticipantId = other.Id, Consent = new Consent { Given = false },
            Steps = [new Step { Order = 0, Description = "Zonder toestemming", OrganizationId = school.Id }],
        };
        var coordinator = new UserAccount { UserName = $"coord-{Guid.NewGuid():N}", DisplayName = "Coördinator" };
        var researcher = new UserAccount { UserName = $"onderz-{Guid.NewGuid():N}", DisplayName = "Onderzoeker" };
        db.AddRange(study, participant, other, interview, without, coordinator, researcher);
        db.StudyMembers.AddRange(
            new StudyMember { StudyId = study.Id, UserId = coordinator.Id, Role = StudyRole.Coordinator },
            new StudyMember { StudyId = study.Id, UserId = researcher.Id, Role = StudyRole.Researcher });
        await db.SaveChangesAsync();
        return new ImprovementSeed(study.Id, school.Id, rmc.Id, melden.Id, hulp.Id, interview.Id, without.Id, participant.Id, step1.Id, step2.Id, quote.Id, coordinator.Id, researcher.Id);
    }
}
