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
    public DbSet<StoredEventLog> EventLogs => Set<StoredEventLog>();
    public DbSet<LogVocabularyMapping> EventLogMappings => Set<LogVocabularyMapping>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InBeeldDbContext).Assembly);
}
