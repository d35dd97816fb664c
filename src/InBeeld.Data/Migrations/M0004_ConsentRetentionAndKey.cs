using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 4: consent scope and withdrawal per participant, the study's retention period,
/// anonymisation stamps, the encrypted pseudonym key and the record of retention runs. Only
/// nullable columns and new tables, so SQLite needs no table rebuild.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000004_ConsentRetentionAndKey")]
public sealed class M0004_ConsentRetentionAndKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("ConsentScope", "Participants", maxLength: 60, nullable: true);
        migrationBuilder.AddColumn<DateOnly>("ConsentWithdrawnOn", "Participants", nullable: true);
        migrationBuilder.AddColumn<int>("RetentionMonths", "Studies", nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>("AnonymizedAt", "Interviews", nullable: true);

        migrationBuilder.CreateTable(
            name: "ParticipantContacts",
            columns: table => new
            {
                ParticipantId = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Protected = table.Column<string>(maxLength: 8_000, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ParticipantContacts", x => x.ParticipantId);
                table.ForeignKey("FK_ParticipantContacts_Participants_ParticipantId", x => x.ParticipantId, "Participants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ParticipantContacts_StudyId", "ParticipantContacts", "StudyId");

        migrationBuilder.CreateTable(
            name: "RetentionRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                At = table.Column<long>(nullable: false),
                TriggeredBy = table.Column<string>(maxLength: 256, nullable: false),
                InterviewsAnonymized = table.Column<int>(nullable: false),
                TranscriptsDeleted = table.Column<int>(nullable: false),
                QuotesDeleted = table.Column<int>(nullable: false),
                StepTextsCleared = table.Column<int>(nullable: false),
                ContactsDeleted = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RetentionRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_RetentionRuns_StudyId_At", "RetentionRuns", ["StudyId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RetentionRuns");
        migrationBuilder.DropTable("ParticipantContacts");
        migrationBuilder.DropColumn("AnonymizedAt", "Interviews");
        migrationBuilder.DropColumn("RetentionMonths", "Studies");
        migrationBuilder.DropColumn("ConsentWithdrawnOn", "Participants");
        migrationBuilder.DropColumn("ConsentScope", "Participants");
    }
}
