using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Accounts;
using InBeeld.Data.EventLogs;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data;

/// <summary>The one database context, for SQLite and PostgreSQL alike.</summary>
public sealed class InBeeldDbContext(DbContextOptions<InBeeldDbContext> options) : DbContext(options)
{
    public DbSet<Study> Studies => Set<Study>();
    public DbSet<StudyMunicipality> StudyMunicipalities => Set<StudyMunicipality>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Phase> Phases => Set<Phase>();
    public DbSet<TurningPoint> TurningPoints => Set<TurningPoint>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<AttributeDefinition> AttributeDefinitions => Set<AttributeDefinition>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ParticipantAttributeValue> ParticipantAttributeValues => Set<ParticipantAttributeValue>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<Step> Steps => Set<Step>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<StudyMember> StudyMembers => Set<StudyMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ParticipantContact> ParticipantContacts => Set<ParticipantContact>();
    public DbSet<InBeeld.Core.Retention.RetentionRun> RetentionRuns => Set<InBeeld.Core.Retention.RetentionRun>();
    public DbSet<InBeeld.Core.DesiredJourneys.DesiredJourney> DesiredJourneys => Set<InBeeld.Core.DesiredJourneys.DesiredJourney>();
    public DbSet<InBeeld.Core.DesiredJourneys.DesiredStep> DesiredSteps => Set<InBeeld.Core.DesiredJourneys.DesiredStep>();
    public DbSet<InBeeld.Core.Actions.ImprovementAction> ImprovementActions => Set<InBeeld.Core.Actions.ImprovementAction>();
    public DbSet<InBeeld.Core.Actions.ActionStatusChange> ActionStatusChanges => Set<InBeeld.Core.Actions.ActionStatusChange>();
    public DbSet<InBeeld.Core.Actions.ActionMotivation> ActionMotivations => Set<InBeeld.Core.Actions.ActionMotivation>();
    public DbSet<InBeeld.Core.Actions.ReviewMeeting> ReviewMeetings => Set<InBeeld.Core.Actions.ReviewMeeting>();
    public DbSet<InBeeld.Core.Actions.ReviewDecision> ReviewDecisions => Set<InBeeld.Core.Actions.ReviewDecision>();
    public DbSet<InBeeld.Core.Glossary.GlossaryEntry> GlossaryEntries => Set<InBeeld.Core.Glossary.GlossaryEntry>();
    public DbSet<InBeeld.Data.Calendar.CalendarFeed> CalendarFeeds => Set<InBeeld.Data.Calendar.CalendarFeed>();
    public DbSet<InBeeld.Data.Reminders.ReminderDelivery> ReminderDeliveries => Set<InBeeld.Data.Reminders.ReminderDelivery>();
    public DbSet<InBeeld.Core.Analysis.Coding.Code> Codes => Set<InBeeld.Core.Analysis.Coding.Code>();
    public DbSet<InBeeld.Core.Analysis.Coding.Coding> Codings => Set<InBeeld.Core.Analysis.Coding.Coding>();
    public DbSet<InBeeld.Core.Analysis.Coding.Memo> Memos => Set<InBeeld.Core.Analysis.Coding.Memo>();
    public DbSet<InBeeld.Core.Analysis.Coding.RejectedSuggestion> RejectedSuggestions => Set<InBeeld.Core.Analysis.Coding.RejectedSuggestion>();
    public DbSet<InBeeld.Core.Composites.Model.JourneyGrouping> JourneyGroupings => Set<InBeeld.Core.Composites.Model.JourneyGrouping>();
    public DbSet<InBeeld.Core.Composites.Model.JourneyGroup> JourneyGroups => Set<InBeeld.Core.Composites.Model.JourneyGroup>();
    public DbSet<InBeeld.Core.Composites.Model.JourneyGroupMember> JourneyGroupMembers => Set<InBeeld.Core.Composites.Model.JourneyGroupMember>();
    public DbSet<InBeeld.Core.Composites.Model.CompositeJourney> CompositeJourneys => Set<InBeeld.Core.Composites.Model.CompositeJourney>();
    public DbSet<InBeeld.Core.Composites.Model.CompositeStep> CompositeSteps => Set<InBeeld.Core.Composites.Model.CompositeStep>();
    public DbSet<InBeeld.Core.Composites.Model.CompositeStepSource> CompositeStepSources => Set<InBeeld.Core.Composites.Model.CompositeStepSource>();
    public DbSet<InBeeld.Core.Composites.Model.CompositeStepQuote> CompositeStepQuotes => Set<InBeeld.Core.Composites.Model.CompositeStepQuote>();
    public DbSet<InBeeld.Core.Composites.Personas.Persona> Personas => Set<InBeeld.Core.Composites.Personas.Persona>();
    public DbSet<InBeeld.Core.Composites.MemberCheck.MemberCheckRecord> MemberChecks => Set<InBeeld.Core.Composites.MemberCheck.MemberCheckRecord>();
    public DbSet<StoredEventLog> EventLogs => Set<StoredEventLog>();
    public DbSet<LogVocabularyMapping> EventLogMappings => Set<LogVocabularyMapping>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InBeeldDbContext).Assembly);
}
