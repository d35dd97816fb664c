using InBeeld.Data.EventLogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

// Only the small column table has a foreign key. Values, case rows and event rows can each run to
// millions of rows and are written by COPY; PostgreSQL would check a key per row (see the events
// table). The store writes and deletes them inside the log's transaction.

internal sealed class StoredLogAttributeConfiguration : IEntityTypeConfiguration<StoredLogAttribute>
{
    public void Configure(EntityTypeBuilder<StoredLogAttribute> builder)
    {
        builder.ToTable("EventLogAttributes");
        builder.HasKey(a => new { a.LogId, a.ColumnNo });
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Key).HasMaxLength(LogLimits.MaxNameLength);
        builder.HasOne<StoredEventLog>().WithMany().HasForeignKey(a => a.LogId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredLogAttributeValueConfiguration : IEntityTypeConfiguration<StoredLogAttributeValue>
{
    public void Configure(EntityTypeBuilder<StoredLogAttributeValue> builder)
    {
        builder.ToTable("EventLogAttributeValues");
        builder.HasKey(v => new { v.LogId, v.ColumnNo, v.ValueNo });
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class StoredLogCaseAttributeConfiguration : IEntityTypeConfiguration<StoredLogCaseAttribute>
{
    public void Configure(EntityTypeBuilder<StoredLogCaseAttribute> builder)
    {
        builder.ToTable("EventLogCaseAttributes");
        builder.HasKey(a => new { a.LogId, a.ColumnNo, a.ValueNo, a.CaseNo });
    }
}

internal sealed class StoredLogEventAttributeConfiguration : IEntityTypeConfiguration<StoredLogEventAttribute>
{
    public void Configure(EntityTypeBuilder<StoredLogEventAttribute> builder)
    {
        builder.ToTable("EventLogEventAttributes");
        builder.HasKey(a => new { a.LogId, a.ColumnNo, a.ValueNo, a.CaseNo, a.Seq });
    }
}
