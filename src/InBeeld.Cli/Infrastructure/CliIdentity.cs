using InBeeld.Cli.Localization;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Data.Access;
using InBeeld.Data.Accounts;

namespace InBeeld.Cli.Infrastructure;

/// <summary>The signed-in account of one CLI run, and the access checks every command makes with it.</summary>
internal sealed class CliIdentity(UserAccount account, bool secondFactor, TimeProvider time)
{
    public UserAccount Account { get; } = account;

    /// <summary>Where audit entries say the action came from.</summary>
    public static string Source => "cli:" + Environment.UserName;

    /// <summary>Refuses (exit 1, Dutch message, audit entry) unless the account holds the permission in the study.</summary>
    public async Task<StudyMember> RequireAsync(InBeeldDbContext db, Guid studyId, StudyPermission permission, CancellationToken cancellationToken)
    {
        var member = await new StudyAccess(db).FindMembershipAsync(Account.Id, studyId, cancellationToken);
        if (member?.Allows(permission) == true)
        {
            return member;
        }

        await AuditAsync(db, AuditActions.AccessDenied, AuditResult.Denied, studyId, "Study", studyId, cancellationToken);
        throw new CliUserException(member is null ? CliText.Get("Access_NotMember") : CliText.Get("Access_RoleRefused", CliText.Get("Role_" + member.Role)));
    }

    /// <summary>Administrator commands need an administrator who signed in with both factors.</summary>
    public void RequireAdministrator()
    {
        if (!Account.IsAdministrator || !secondFactor)
        {
            throw new CliUserException(CliText.Get("Access_AdministratorOnly"));
        }
    }

    public async Task AuditAsync(InBeeldDbContext db, string action, AuditResult result, Guid? studyId, string? objectType, Guid? objectId, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(), UserId = Account.Id, Actor = Account.UserName ?? "", Action = action, Result = result,
            StudyId = studyId, ObjectType = objectType, ObjectId = objectId, Source = Source,
        });
        await db.SaveChangesAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
