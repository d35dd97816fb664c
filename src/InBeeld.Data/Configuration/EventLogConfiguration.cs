using InBeeld.Core.Studies;
using InBeeld.Data.EventLogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

internal sealed class StoredEventLogConfiguration : IEntityTypeConfiguration<StoredEventLog>
{
    public void Configure(EntityTypeBuilder<StoredEventLog> builder)
    {
        builder.ToTable("EventLogs");
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.SourceFormat).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.SourceName).HasMaxLength(260);
        builder.Property(l => l.ImportedBy).HasMaxLength(256);
        builder.Property(l => l.DroppedAttributes).HasMaxLength(2_000);
        builder.HasOne<Study>().WithMany().HasForeignKey(l => l.StudyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredLogNameConfiguration : IEntityTypeConfiguration<StoredLogName>
{
    public void Configure(EntityTypeBuilder<StoredLogName> builder)
    {
        builder.ToTable("EventLogNames");
        builder.HasKey(n => new { n.LogId, n.Kind, n.Number });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Name).HasMaxLength(LogLimits.MaxNameLength);
        builder.HasOne<StoredEventLog>().WithMany().HasForeignKey(n => n.LogId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredLogCaseConfiguration : IEntityTypeConfiguration<StoredLogCase>
{
    public void Configure(EntityTypeBuilder<StoredLogCase> builder)
    {
        builder.ToTable("EventLogCases");
        builder.HasKey(c => new { c.LogId, c.CaseNo });

        // Joining logs of one study on the same person goes through the pseudonym.
        builder.HasIndex(c => c.Pseudonym);
    }
}

internal sealed class StoredLogEventConfiguration : IEntityTypeConfiguration<StoredLogEvent>
{
    public void Configure(EntityTypeBuilder<StoredLogEvent> builder)
    {
        builder.ToTable("EventLogEvents");

        // The key is also the order the window functions read in: per log, per case, in sequence.
        builder.HasKey(e => new { e.LogId, e.CaseNo, e.Seq });

        // No foreign key to EventLogs on the two bulk tables (cases, events): PostgreSQL checks
        // one per row with a trigger — 12.1 s instead of 2.4 s for a million rows, measured. The
        // store writes them in the log's transaction and deletes them with it.
    }
}

internal sealed class EventLogKeyConfiguration : IEntityTypeConfiguration<EventLogKey>
{
    public void Configure(EntityTypeBuilder<EventLogKey> builder)
    {
        builder.ToTable("EventLogKeys");
        builder.HasKey(k => k.StudyId);
        builder.Property(k => k.Protected).HasMaxLength(1_000);
        builder.HasOne<Study>().WithOne().HasForeignKey<EventLogKey>(k => k.StudyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LogVocabularyMappingConfiguration : IEntityTypeConfiguration<LogVocabularyMapping>
{
    public void Configure(EntityTypeBuilder<LogVocabularyMapping> builder)
    {
        builder.ToTable("EventLogMappings");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(LogLimits.MaxNameLength);
        builder.HasIndex(m => new { m.StudyId, m.Kind, m.Name }).IsUnique();
        builder.HasOne<Study>().WithMany().HasForeignKey(m => m.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Phase>().WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
