using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data;

namespace InBeeld.Cli.Infrastructure;

/// <summary>Whoever creates or imports a study from the command line leads it, as on the web app.</summary>
internal static class CoordinatorGrant
{
    public static async Task GrantAsync(InBeeldDbContext db, CliIdentity identity, Guid studyId, TimeProvider time, CancellationToken cancellationToken)
    {
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, UserId = identity.Account.Id, Role = StudyRole.Coordinator, AddedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await identity.AuditAsync(db, AuditActions.Change, AuditResult.Succeeded, studyId, "Study", studyId, cancellationToken);
    }
}
