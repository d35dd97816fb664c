using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("Interviews");
        builder.Property(i => i.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Interviewer).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(i => i.Transcript).HasMaxLength(InterviewRules.MaxTranscriptLength);
        builder.ComplexProperty(i => i.Consent, consent =>
        {
            consent.Property(c => c.Given).HasColumnName("ConsentGiven");
            consent.Property(c => c.Date).HasColumnName("ConsentDate");
            consent.Property(c => c.RecordedBy).HasColumnName("ConsentRecordedBy").HasMaxLength(InterviewRules.MaxNameLength);
            consent.Property(c => c.GivenByGuardian).HasColumnName("ConsentByGuardian");
        });
        builder.HasOne<Study>().WithMany().HasForeignKey(i => i.StudyId);
        builder.HasOne<Participant>().WithMany().HasForeignKey(i => i.ParticipantId);
        builder.HasMany(i => i.Steps).WithOne().HasForeignKey(s => s.InterviewId);
        builder.HasIndex(i => i.StudyId);
        builder.HasIndex(i => i.ParticipantId);
    }
}

internal sealed class StepConfiguration : IEntityTypeConfiguration<Step>
{
    public void Configure(EntityTypeBuilder<Step> builder)
    {
        builder.ToTable("Steps");
        builder.Property(s => s.Description).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.PainPoint).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.BrightSpot).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.DatePrecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Handover).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(s => new { s.InterviewId, s.Order }).IsUnique();
        builder.HasIndex(s => s.OrganizationId);
        builder.HasIndex(s => s.PhaseId);
        // A vocabulary item in use cannot be deleted behind the researcher's back: the app asks first.
        builder.HasOne<Phase>().WithMany().HasForeignKey(s => s.PhaseId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Channel>().WithMany().HasForeignKey(s => s.ChannelId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<TurningPoint>().WithMany().HasForeignKey(s => s.TurningPointId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(s => s.Quotes).WithOne().HasForeignKey(q => q.StepId);
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("Quotes");
        builder.Property(q => q.Text).HasMaxLength(InterviewRules.MaxQuoteLength);
        builder.HasIndex(q => q.StepId);
    }
}
