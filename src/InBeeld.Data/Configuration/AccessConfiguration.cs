using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Studies;
using InBeeld.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InBeeld.Data.Configuration;

internal sealed class StudyMemberConfiguration : IEntityTypeConfiguration<StudyMember>
{
    public void Configure(EntityTypeBuilder<StudyMember> builder)
    {
        builder.ToTable("StudyMembers");
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.StudyId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Study>().WithMany().HasForeignKey(m => m.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");

        // UTC ticks: SQLite cannot compare or sort DateTimeOffset text, and the log is filtered by time.
        builder.Property(a => a.At).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Result).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.ObjectType).HasMaxLength(40);
        builder.Property(a => a.Source).HasMaxLength(100);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.StudyId, a.At });

        // No foreign keys on purpose: the log outlives the accounts, studies and objects it names.
    }
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<InBeeld.Core.Retention.RetentionRun>
{
    public void Configure(EntityTypeBuilder<InBeeld.Core.Retention.RetentionRun> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.Property(r => r.At).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(r => r.TriggeredBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.StudyId, r.At });

        // No foreign key: the record that data was removed outlives the study itself.
    }
}
