using InBeeld.Data.Accounts;
using InBeeld.Data.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InBeeld.Data.Configuration;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");
        // One row per account and day: the unique index is what stops two runs from both sending.
        builder.HasIndex(d => new { d.UserId, d.Day }).IsUnique();
        builder.HasIndex(d => d.Day);
        // UTC ticks: claims compare and order these times, which SQLite cannot do on DateTimeOffset text.
        builder.Property(d => d.AttemptedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(d => d.SentAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(d => d.Failure).HasMaxLength(ReminderDelivery.MaxFailureLength);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
