namespace InBeeld.Core.Access;

/// <summary>One account's role in one study. A chain partner is always tied to one of the study's organisations.</summary>
public sealed class StudyMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid UserId { get; set; }
    public StudyRole Role { get; set; }

    /// <summary>The organisation a chain partner speaks for; null for every other role.</summary>
    public Guid? OrganizationId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public bool Allows(StudyPermission permission) => AccessMatrix.Allows(Role, permission);
}
