using InBeeld.Core.Composites.MemberCheck;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Composites.Personas;
using InBeeld.Core.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

// Composite journeys (issue 5). Provenance tables name interviews, steps and quotes by id without a
// foreign key: route edits must not silently drop provenance (the fingerprint flags the composite
// instead), and erasure removes the rows itself (Data/Composites/CompositeErasure).

internal sealed class JourneyGroupingConfiguration : IEntityTypeConfiguration<JourneyGrouping>
{
    public void Configure(EntityTypeBuilder<JourneyGrouping> builder)
    {
        builder.ToTable("JourneyGroupings");
        builder.Property(g => g.Method).HasConversion<string>().HasMaxLength(12);
        builder.Property(g => g.Candidates).HasMaxLength(1_000);
        builder.Property(g => g.AttributeKeys).HasMaxLength(1_000);
        builder.Property(g => g.CreatedBy).HasMaxLength(256);
        builder.HasIndex(g => g.StudyId).IsUnique();
        builder.HasOne<Study>().WithMany().HasForeignKey(g => g.StudyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JourneyGroupConfiguration : IEntityTypeConfiguration<JourneyGroup>
{
    public void Configure(EntityTypeBuilder<JourneyGroup> builder)
    {
        builder.ToTable("JourneyGroups");
        builder.Property(g => g.Name).HasMaxLength(JourneyGroup.MaxNameLength);
        builder.Property(g => g.Origin).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(g => g.GroupingId);
        builder.HasIndex(g => g.StudyId);
        builder.HasOne<JourneyGrouping>().WithMany().HasForeignKey(g => g.GroupingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JourneyGroupMemberConfiguration : IEntityTypeConfiguration<JourneyGroupMember>
{
    public void Configure(EntityTypeBuilder<JourneyGroupMember> builder)
    {
        builder.ToTable("JourneyGroupMembers");
        builder.HasKey(m => new { m.GroupId, m.InterviewId });
        builder.HasIndex(m => m.InterviewId).IsUnique();
        builder.HasOne<JourneyGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompositeJourneyConfiguration : IEntityTypeConfiguration<CompositeJourney>
{
    public void Configure(EntityTypeBuilder<CompositeJourney> builder)
    {
        builder.ToTable("CompositeJourneys");
        builder.Property(c => c.SourceFingerprint).HasMaxLength(64);
        builder.Property(c => c.OutdatedReason).HasMaxLength(40);
        builder.HasIndex(c => c.GroupId).IsUnique();
        builder.HasIndex(c => c.StudyId);
        builder.HasOne<JourneyGroup>().WithOne().HasForeignKey<CompositeJourney>(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CompositeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompositeStepConfiguration : IEntityTypeConfiguration<CompositeStep>
{
    public void Configure(EntityTypeBuilder<CompositeStep> builder)
    {
        builder.ToTable("CompositeSteps");
        builder.Property(s => s.Handover).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.Description).HasMaxLength(Core.Interviews.InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.PainPoint).HasMaxLength(Core.Interviews.InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.BrightSpot).HasMaxLength(Core.Interviews.InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.EditedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.CompositeId, s.Order }).IsUnique();
        builder.HasMany(s => s.Sources).WithOne().HasForeignKey(x => x.CompositeStepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Quotes).WithOne().HasForeignKey(x => x.CompositeStepId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompositeStepSourceConfiguration : IEntityTypeConfiguration<CompositeStepSource>
{
    public void Configure(EntityTypeBuilder<CompositeStepSource> builder)
    {
        builder.ToTable("CompositeStepSources");
        builder.HasKey(s => new { s.CompositeStepId, s.StepId });
        builder.HasIndex(s => s.InterviewId);
    }
}

internal sealed class CompositeStepQuoteConfiguration : IEntityTypeConfiguration<CompositeStepQuote>
{
    public void Configure(EntityTypeBuilder<CompositeStepQuote> builder)
    {
        builder.ToTable("CompositeStepQuotes");
        builder.HasKey(q => new { q.CompositeStepId, q.QuoteId });
        builder.HasIndex(q => q.InterviewId);
    }
}

internal sealed class PersonaConfiguration : IEntityTypeConfiguration<Persona>
{
    public void Configure(EntityTypeBuilder<Persona> builder)
    {
        builder.ToTable("Personas");
        builder.Property(p => p.Name).HasMaxLength(PersonaRules.MaxNameLength);
        builder.Property(p => p.Situation).HasMaxLength(PersonaRules.MaxSituationLength);
        builder.Property(p => p.WhatMatters).HasMaxLength(PersonaRules.MaxWhatMattersLength);
        builder.Property(p => p.Story).HasMaxLength(PersonaRules.MaxStoryLength);
        builder.HasIndex(p => p.StudyId);
        builder.HasIndex(p => p.GroupId);
        builder.HasOne<Study>().WithMany().HasForeignKey(p => p.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JourneyGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MemberCheckRecordConfiguration : IEntityTypeConfiguration<MemberCheckRecord>
{
    public void Configure(EntityTypeBuilder<MemberCheckRecord> builder)
    {
        builder.ToTable("MemberChecks");
        builder.Property(m => m.Answer).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Correction).HasMaxLength(MemberCheckRecord.MaxCorrectionLength);
        builder.Property(m => m.PrintedBy).HasMaxLength(256);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.HasIndex(m => m.InterviewId);
        builder.HasIndex(m => m.StudyId);
        builder.HasOne<Study>().WithMany().HasForeignKey(m => m.StudyId).OnDelete(DeleteBehavior.Cascade);
    }
}
