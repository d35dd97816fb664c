using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InBeeld.Data.Configuration;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("Participants");
        builder.Property(p => p.Code).HasMaxLength(PseudonymCode.MaxLength);
        builder.HasIndex(p => new { p.StudyId, p.Code }).IsUnique();
        builder.HasOne<Study>().WithMany().HasForeignKey(p => p.StudyId);
        builder.HasMany(p => p.Attributes).WithOne().HasForeignKey(a => a.ParticipantId);
        builder.Property(p => p.ConsentScope).HasConversion<string>().HasMaxLength(60);
    }
}

internal sealed class ParticipantContactConfiguration : IEntityTypeConfiguration<ParticipantContact>
{
    public void Configure(EntityTypeBuilder<ParticipantContact> builder)
    {
        builder.ToTable("ParticipantContacts");
        builder.HasKey(c => c.ParticipantId);
        builder.Property(c => c.Protected).HasMaxLength(8_000);
        builder.HasOne<Participant>().WithOne().HasForeignKey<ParticipantContact>(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.StudyId);
    }
}

internal sealed class AttributeDefinitionConfiguration : IEntityTypeConfiguration<AttributeDefinition>
{
    // Choices are a short list of labels; one text column (newline-separated) keeps the schema
    // simple and identical on both providers.
    private static readonly ValueComparer<List<string>> ChoicesComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());

    public void Configure(EntityTypeBuilder<AttributeDefinition> builder)
    {
        builder.ToTable("AttributeDefinitions");
        builder.Property(a => a.Key).HasMaxLength(64);
        builder.Property(a => a.Label).HasMaxLength(InterviewRules.MaxNameLength);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Choices)
            .HasConversion(
                list => string.Join('\n', list),
                text => text.Length == 0 ? new List<string>() : text.Split('\n', StringSplitOptions.None).ToList(),
                ChoicesComparer)
            .HasMaxLength(10_000);
        builder.HasIndex(a => new { a.StudyId, a.Key }).IsUnique();
    }
}

internal sealed class ParticipantAttributeValueConfiguration : IEntityTypeConfiguration<ParticipantAttributeValue>
{
    public void Configure(EntityTypeBuilder<ParticipantAttributeValue> builder)
    {
        builder.ToTable("ParticipantAttributeValues");
        builder.HasKey(v => new { v.ParticipantId, v.AttributeDefinitionId });
        builder.Property(v => v.Value).HasMaxLength(InterviewRules.MaxNameLength);
        // Named explicitly: the conventional name is longer than PostgreSQL's 63-character limit.
        builder.HasOne<AttributeDefinition>().WithMany().HasForeignKey(v => v.AttributeDefinitionId)
            .HasConstraintName("FK_ParticipantAttributeValues_AttributeDefinitions");
    }
}
