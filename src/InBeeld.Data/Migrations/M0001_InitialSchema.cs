using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 1: studies, their vocabulary, participants, interviews, steps and quotes.
/// Written by hand (the EF design-time package is not available here) and provider-neutral:
/// column types come from each provider's own mapping of the CLR type. SchemaConsistencyTests
/// check that the migrated schema equals the one the model describes.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000001_InitialSchema")]
public sealed class M0001_InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Studies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                TargetGroup = table.Column<string>(maxLength: 1000, nullable: true),
                CentralQuestion = table.Column<string>(maxLength: 2000, nullable: true),
                PeriodStart = table.Column<DateOnly>(nullable: true),
                PeriodEnd = table.Column<DateOnly>(nullable: true),
                IsFictitious = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Studies", x => x.Id));

        migrationBuilder.CreateTable(
            name: "StudyMunicipalities",
            columns: table => new
            {
                StudyId = table.Column<Guid>(nullable: false),
                CbsCode = table.Column<string>(maxLength: 6, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StudyMunicipalities", x => new { x.StudyId, x.CbsCode });
                table.ForeignKey("FK_StudyMunicipalities_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });

        CreateVocabularyTable(migrationBuilder, "Organizations", withType: true, withDescription: false);
        CreateVocabularyTable(migrationBuilder, "Phases", withType: false, withDescription: true);
        CreateVocabularyTable(migrationBuilder, "TurningPoints", withType: false, withDescription: true);
        CreateVocabularyTable(migrationBuilder, "Channels", withType: false, withDescription: false);

        migrationBuilder.CreateTable(
            name: "Participants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Participants", x => x.Id);
                table.ForeignKey("FK_Participants_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Participants_StudyId_Code", "Participants", ["StudyId", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "Interviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                ParticipantId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Mode = table.Column<string>(maxLength: 20, nullable: false),
                Interviewer = table.Column<string>(maxLength: 200, nullable: true),
                Transcript = table.Column<string>(maxLength: 500000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                ConsentGiven = table.Column<bool>(nullable: false),
                ConsentDate = table.Column<DateOnly>(nullable: true),
                ConsentRecordedBy = table.Column<string>(maxLength: 200, nullable: true),
                ConsentByGuardian = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Interviews", x => x.Id);
                table.ForeignKey("FK_Interviews_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Interviews_Participants_ParticipantId", x => x.ParticipantId, "Participants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Interviews_StudyId", "Interviews", "StudyId");
        migrationBuilder.CreateIndex("IX_Interviews_ParticipantId", "Interviews", "ParticipantId");

        migrationBuilder.CreateTable(
            name: "Steps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                Order = table.Column<int>(nullable: false),
                PhaseId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: true),
                ChannelId = table.Column<Guid>(nullable: true),
                TurningPointId = table.Column<Guid>(nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Date = table.Column<DateOnly>(nullable: true),
                DatePrecision = table.Column<string>(maxLength: 10, nullable: false),
                Experience = table.Column<int>(nullable: true),
                PainPoint = table.Column<string>(maxLength: 2000, nullable: true),
                BrightSpot = table.Column<string>(maxLength: 2000, nullable: true),
                Handover = table.Column<string>(maxLength: 12, nullable: false),
                WaitingDays = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Steps", x => x.Id);
                table.ForeignKey("FK_Steps_Interviews_InterviewId", x => x.InterviewId, "Interviews", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Steps_Phases_PhaseId", x => x.PhaseId, "Phases", "Id", onDelete: ReferentialAction.NoAction);
                table.ForeignKey("FK_Steps_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.NoAction);
                table.ForeignKey("FK_Steps_Channels_ChannelId", x => x.ChannelId, "Channels", "Id", onDelete: ReferentialAction.NoAction);
                table.ForeignKey("FK_Steps_TurningPoints_TurningPointId", x => x.TurningPointId, "TurningPoints", "Id", onDelete: ReferentialAction.NoAction);
            });
        migrationBuilder.CreateIndex("IX_Steps_InterviewId_Order", "Steps", ["InterviewId", "Order"], unique: true);
        migrationBuilder.CreateIndex("IX_Steps_OrganizationId", "Steps", "OrganizationId");
        migrationBuilder.CreateIndex("IX_Steps_PhaseId", "Steps", "PhaseId");
        migrationBuilder.CreateIndex("IX_Steps_ChannelId", "Steps", "ChannelId");
        migrationBuilder.CreateIndex("IX_Steps_TurningPointId", "Steps", "TurningPointId");

        migrationBuilder.CreateTable(
            name: "Quotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StepId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Quotes", x => x.Id);
                table.ForeignKey("FK_Quotes_Steps_StepId", x => x.StepId, "Steps", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Quotes_StepId", "Quotes", "StepId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Quotes", "Steps", "Interviews", "Participants", "Channels", "TurningPoints", "Phases", "Organizations", "StudyMunicipalities", "Studies" })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateVocabularyTable(MigrationBuilder migrationBuilder, string name, bool withType, bool withDescription)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{name}", x => x.Id);
                table.ForeignKey($"FK_{name}_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        if (withType)
        {
            migrationBuilder.AddColumn<string>("Type", name, maxLength: 40, nullable: false, defaultValue: "Other");
        }

        if (withDescription)
        {
            migrationBuilder.AddColumn<string>("Description", name, maxLength: 2000, nullable: true);
        }

        migrationBuilder.CreateIndex($"IX_{name}_StudyId_Name", name, ["StudyId", "Name"], unique: true);
    }
}
