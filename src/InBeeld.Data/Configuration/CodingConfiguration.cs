using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Interviews;
using InBeeld.Core.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using CodingEntity = InBeeld.Core.Analysis.Coding.Coding;

namespace InBeeld.Data.Configuration;

internal sealed class CodeConfiguration : IEntityTypeConfiguration<Code>
{
    public void Configure(EntityTypeBuilder<Code> builder)
    {
        builder.ToTable("Codes");
        builder.Property(c => c.Name).HasMaxLength(CodeRules.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(CodeRules.MaxDescriptionLength);
        builder.Property(c => c.Colour).HasMaxLength(7);
        builder.HasOne<Study>().WithMany().HasForeignKey(c => c.StudyId).OnDelete(DeleteBehavior.Cascade);
        // Children are moved up by the codebook before a code is deleted, so the database never has to decide.
        builder.HasOne<Code>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.NoAction);
        // Not unique: NULL parents are distinct in a unique index on both providers, so the codebook
        // checks "one name per parent" itself.
        builder.HasIndex(c => new { c.StudyId, c.ParentId });
    }
}

internal sealed class CodingConfiguration : IEntityTypeConfiguration<CodingEntity>
{
    /// <summary>
    /// The fragment's columns. <see cref="TextRange"/> is a nullable struct, which EF maps as a complex
    /// type only with caveats; two plain nullable columns read and write through <c>Coding/CodingRows</c>.
    /// </summary>
    public const string FragmentStart = "FragmentStart";
    public const string FragmentLength = "FragmentLength";

    public void Configure(EntityTypeBuilder<CodingEntity> builder)
    {
        builder.ToTable("Codings");
        builder.Ignore(c => c.Fragment);
        builder.Property<int?>(FragmentStart);
        builder.Property<int?>(FragmentLength);
        builder.Property(c => c.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CoderId).HasMaxLength(64);
        // A coding goes with whatever it labels: the code, the interview, the step or the quote.
        builder.HasOne<Code>().WithMany().HasForeignKey(c => c.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(c => c.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Step>().WithMany().HasForeignKey(c => c.StepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Quote>().WithMany().HasForeignKey(c => c.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.InterviewId);
        builder.HasIndex(c => c.CodeId);
        builder.HasIndex(c => c.StepId);
        builder.HasIndex(c => c.QuoteId);
    }
}

internal sealed class MemoConfiguration : IEntityTypeConfiguration<Memo>
{
    public void Configure(EntityTypeBuilder<Memo> builder)
    {
        builder.ToTable("Memos");
        builder.Property(m => m.AuthorId).HasMaxLength(64);
        builder.Property(m => m.Text).HasMaxLength(Memo.MaxTextLength);
        builder.HasOne<Study>().WithMany().HasForeignKey(m => m.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Code>().WithMany().HasForeignKey(m => m.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(m => m.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StudyId);
        builder.HasIndex(m => m.CodeId);
        builder.HasIndex(m => m.InterviewId);
    }
}

internal sealed class RejectedSuggestionConfiguration : IEntityTypeConfiguration<RejectedSuggestion>
{
    public void Configure(EntityTypeBuilder<RejectedSuggestion> builder)
    {
        builder.ToTable("RejectedSuggestions");
        builder.Property(r => r.CoderId).HasMaxLength(64);
        builder.HasOne<Quote>().WithMany().HasForeignKey(r => r.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Code>().WithMany().HasForeignKey(r => r.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.QuoteId, r.CoderId });
        builder.HasIndex(r => r.CodeId);
    }
}
