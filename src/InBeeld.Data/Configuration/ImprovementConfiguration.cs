using InBeeld.Core.Actions;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Glossary;
using InBeeld.Core.Interviews;
using InBeeld.Core.Studies;
using InBeeld.Data.Accounts;
using InBeeld.Data.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InBeeld.Data.Configuration;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("ImprovementActions");
        builder.Property(a => a.Title).HasMaxLength(ActionRules.MaxTitleLength);
        builder.Property(a => a.Description).HasMaxLength(ActionRules.MaxDescriptionLength);
        builder.Property(a => a.OwnerPerson).HasMaxLength(ActionRules.MaxOwnerPersonLength);
        builder.Property(a => a.Horizon).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(a => a.StudyId);
        builder.HasIndex(a => a.OwnerUserId);
        builder.HasOne<Study>().WithMany().HasForeignKey(a => a.StudyId).OnDelete(DeleteBehavior.Cascade);
        // An organisation with actions cannot vanish unnoticed: the plan would lose its owner.
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OwnerOrganizationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<DesiredJourney>().WithMany().HasForeignKey(a => a.DesiredJourneyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Motivations).WithOne().HasForeignKey(m => m.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionStatusChangeConfiguration : IEntityTypeConfiguration<ActionStatusChange>
{
    public void Configure(EntityTypeBuilder<ActionStatusChange> builder)
    {
        builder.ToTable("ActionStatusChanges");
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(12);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(12);
        // UTC ticks: the history is sorted by time, which SQLite cannot do on DateTimeOffset text.
        builder.Property(h => h.At).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(h => h.Note).HasMaxLength(ActionRules.MaxPatternLength);
        builder.HasIndex(h => new { h.ActionId, h.At });
        builder.HasOne<ReviewMeeting>().WithMany().HasForeignKey(h => h.ReviewMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ActionMotivationConfiguration : IEntityTypeConfiguration<ActionMotivation>
{
    public void Configure(EntityTypeBuilder<ActionMotivation> builder)
    {
        builder.ToTable("ActionMotivations");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Pattern).HasMaxLength(ActionRules.MaxPatternLength);
        builder.HasIndex(m => m.ActionId);
        // Links to interview data go with that data (deleted interview, erased participant); the action stays.
        builder.HasOne<Step>().WithMany().HasForeignKey(m => m.StepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Quote>().WithMany().HasForeignKey(m => m.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DesiredStep>().WithMany().HasForeignKey(m => m.DesiredStepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StepId);
        builder.HasIndex(m => m.QuoteId);
        builder.HasIndex(m => m.DesiredStepId);
    }
}

internal sealed class ReviewMeetingConfiguration : IEntityTypeConfiguration<ReviewMeeting>
{
    public void Configure(EntityTypeBuilder<ReviewMeeting> builder)
    {
        builder.ToTable("ReviewMeetings");
        builder.Property(m => m.Attendees).HasMaxLength(ReviewRules.MaxAttendeesLength);
        builder.Property(m => m.Notes).HasMaxLength(ActionRules.MaxDescriptionLength);
        builder.HasIndex(m => new { m.StudyId, m.HeldOn });
        builder.HasOne<Study>().WithMany().HasForeignKey(m => m.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.ReviewMeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("ReviewDecisions");
        builder.Property(d => d.Decision).HasMaxLength(ReviewRules.MaxDecisionLength);
        builder.Property(d => d.NewStatus).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(d => d.ReviewMeetingId);
        builder.HasIndex(d => d.ActionId);
        builder.HasOne<ImprovementAction>().WithMany().HasForeignKey(d => d.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesiredJourneyConfiguration : IEntityTypeConfiguration<DesiredJourney>
{
    public void Configure(EntityTypeBuilder<DesiredJourney> builder)
    {
        builder.ToTable("DesiredJourneys");
        builder.Property(j => j.Title).HasMaxLength(DesiredJourneyRules.MaxTitleLength);
        builder.Property(j => j.Description).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(j => j.SourceKind).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(j => j.StudyId);
        builder.HasIndex(j => j.SourceId);
        builder.HasOne<Study>().WithMany().HasForeignKey(j => j.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Steps).WithOne().HasForeignKey(s => s.DesiredJourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesiredStepConfiguration : IEntityTypeConfiguration<DesiredStep>
{
    public void Configure(EntityTypeBuilder<DesiredStep> builder)
    {
        builder.ToTable("DesiredSteps");
        builder.Ignore(s => s.Change);
        builder.Property(s => s.Description).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.CurrentDescription).HasMaxLength(InterviewRules.MaxDescriptionLength);
        builder.Property(s => s.Note).HasMaxLength(DesiredJourneyRules.MaxNoteLength);
        builder.Property(s => s.Handover).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.CurrentHandover).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(s => new { s.DesiredJourneyId, s.Order });
        // No foreign keys to the vocabulary or the source step on purpose: a desired journey is a
        // plan that outlives edits to the vocabulary and to the route it was copied from; the map
        // treats an unknown id as "none".
    }
}

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.ToTable("GlossaryEntries");
        builder.Property(e => e.Concept).HasMaxLength(GlossaryRules.MaxTermLength);
        builder.Property(e => e.Term).HasMaxLength(GlossaryRules.MaxTermLength);
        builder.Property(e => e.Explanation).HasMaxLength(GlossaryRules.MaxExplanationLength);
        builder.HasIndex(e => new { e.StudyId, e.Concept });
        builder.HasOne<Study>().WithMany().HasForeignKey(e => e.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
