using InBeeld.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Access;

/// <summary>Looks up who is a member of which study; the web app and the CLI decide with it and <see cref="AccessMatrix"/>.</summary>
public sealed class StudyAccess(InBeeldDbContext db)
{
    public Task<StudyMember?> FindMembershipAsync(Guid userId, Guid studyId, CancellationToken cancellationToken) =>
        db.StudyMembers.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId && m.StudyId == studyId, cancellationToken);

    public async Task<IReadOnlyList<StudyMember>> MembershipsOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.StudyMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);

    /// <summary>True when the account holds <paramref name="permission"/> in the study.</summary>
    public async Task<bool> AllowsAsync(Guid userId, Guid studyId, StudyPermission permission, CancellationToken cancellationToken) =>
        (await FindMembershipAsync(userId, studyId, cancellationToken))?.Allows(permission) ?? false;
}
