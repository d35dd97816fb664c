using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 5: the codebook (hierarchical codes per study), codings of quotes, steps and
/// transcript fragments by each coder, memos on codes and interviews, and declined code
/// suggestions. New tables only.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000005_Coding")]
public sealed class M0005_Coding : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Codes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Colour = table.Column<string>(maxLength: 7, nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Codes", x => x.Id);
                table.ForeignKey("FK_Codes_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Codes_Codes_ParentId", x => x.ParentId, "Codes", "Id", onDelete: ReferentialAction.NoAction);
            });
        migrationBuilder.CreateIndex("IX_Codes_ParentId", "Codes", "ParentId");
        migrationBuilder.CreateIndex("IX_Codes_StudyId_ParentId", "Codes", ["StudyId", "ParentId"]);

        migrationBuilder.CreateTable(
            name: "Codings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CodeId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                Target = table.Column<string>(maxLength: 20, nullable: false),
                StepId = table.Column<Guid>(nullable: true),
                QuoteId = table.Column<Guid>(nullable: true),
                FragmentStart = table.Column<int>(nullable: true),
                FragmentLength = table.Column<int>(nullable: true),
                CoderId = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Codings", x => x.Id);
                table.ForeignKey("FK_Codings_Codes_CodeId", x => x.CodeId, "Codes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Codings_Interviews_InterviewId", x => x.InterviewId, "Interviews", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Codings_Steps_StepId", x => x.StepId, "Steps", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Codings_Quotes_QuoteId", x => x.QuoteId, "Quotes", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Codings_CodeId", "Codings", "CodeId");
        migrationBuilder.CreateIndex("IX_Codings_InterviewId", "Codings", "InterviewId");
        migrationBuilder.CreateIndex("IX_Codings_StepId", "Codings", "StepId");
        migrationBuilder.CreateIndex("IX_Codings_QuoteId", "Codings", "QuoteId");

        migrationBuilder.CreateTable(
            name: "Memos",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                CodeId = table.Column<Guid>(nullable: true),
                InterviewId = table.Column<Guid>(nullable: true),
                AuthorId = table.Column<string>(maxLength: 64, nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Memos", x => x.Id);
                table.ForeignKey("FK_Memos_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Memos_Codes_CodeId", x => x.CodeId, "Codes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Memos_Interviews_InterviewId", x => x.InterviewId, "Interviews", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Memos_StudyId", "Memos", "StudyId");
        migrationBuilder.CreateIndex("IX_Memos_CodeId", "Memos", "CodeId");
        migrationBuilder.CreateIndex("IX_Memos_InterviewId", "Memos", "InterviewId");

        migrationBuilder.CreateTable(
            name: "RejectedSuggestions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                QuoteId = table.Column<Guid>(nullable: false),
                CodeId = table.Column<Guid>(nullable: false),
                CoderId = table.Column<string>(maxLength: 64, nullable: false),
                RejectedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RejectedSuggestions", x => x.Id);
                table.ForeignKey("FK_RejectedSuggestions_Quotes_QuoteId", x => x.QuoteId, "Quotes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_RejectedSuggestions_Codes_CodeId", x => x.CodeId, "Codes", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_RejectedSuggestions_QuoteId_CoderId", "RejectedSuggestions", ["QuoteId", "CoderId"]);
        migrationBuilder.CreateIndex("IX_RejectedSuggestions_CodeId", "RejectedSuggestions", "CodeId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RejectedSuggestions");
        migrationBuilder.DropTable("Memos");
        migrationBuilder.DropTable("Codings");
        migrationBuilder.DropTable("Codes");
    }
}
