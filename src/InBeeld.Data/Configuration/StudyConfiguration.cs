using InBeeld.Core.Interviews;
using InBeeld.Core.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

internal sealed class StudyConfiguration : IEntityTypeConfiguration<Study>
{
    public void Configure(EntityTypeBuilder<Study> builder)
    {
        builder.ToTable("Studies");
        builder.Property(s => s.Title).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(s => s.TargetGroup).HasMaxLength(1_000);
        builder.Property(s => s.CentralQuestion).HasMaxLength(2_000);
        builder.HasMany(s => s.Municipalities).WithOne().HasForeignKey(m => m.StudyId);
        builder.HasMany(s => s.Organizations).WithOne().HasForeignKey(o => o.StudyId);
        builder.HasMany(s => s.Phases).WithOne().HasForeignKey(p => p.StudyId);
        builder.HasMany(s => s.TurningPoints).WithOne().HasForeignKey(t => t.StudyId);
        builder.HasMany(s => s.Channels).WithOne().HasForeignKey(c => c.StudyId);
        builder.HasMany(s => s.AttributeDefinitions).WithOne().HasForeignKey(a => a.StudyId);
        // No foreign key for the earlier round: adding one to Studies would rebuild the table on SQLite,
        // and a deleted earlier round simply leaves nothing to compare with.
        builder.Property(s => s.PreviousStudyId);
    }
}

internal sealed class StudyMunicipalityConfiguration : IEntityTypeConfiguration<StudyMunicipality>
{
    public void Configure(EntityTypeBuilder<StudyMunicipality> builder)
    {
        builder.ToTable("StudyMunicipalities");
        builder.HasKey(m => new { m.StudyId, m.CbsCode });
        builder.Property(m => m.CbsCode).HasMaxLength(6);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Property(o => o.Name).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(o => new { o.StudyId, o.Name }).IsUnique();
    }
}

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.ToTable("Phases");
        builder.Property(p => p.Name).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(2_000);
        builder.HasIndex(p => new { p.StudyId, p.Name }).IsUnique();
    }
}

internal sealed class TurningPointConfiguration : IEntityTypeConfiguration<TurningPoint>
{
    public void Configure(EntityTypeBuilder<TurningPoint> builder)
    {
        builder.ToTable("TurningPoints");
        builder.Property(t => t.Name).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(t => t.Description).HasMaxLength(2_000);
        builder.HasIndex(t => new { t.StudyId, t.Name }).IsUnique();
    }
}

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("Channels");
        builder.Property(c => c.Name).HasMaxLength(InterviewRules.MaxNameLength);
        builder.HasIndex(c => new { c.StudyId, c.Name }).IsUnique();
    }
}
