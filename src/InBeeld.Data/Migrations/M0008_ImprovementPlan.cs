using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 8: desired journeys, improvement actions with their status history and motivations,
/// review meetings, the glossary, calendar feeds, and per study the review cadence and the earlier
/// round it re-measures. New tables and nullable columns only.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000008_ImprovementPlan")]
public sealed class M0008_ImprovementPlan : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("ReviewCadenceDays", "Studies", nullable: true);
        migrationBuilder.AddColumn<Guid>("PreviousStudyId", "Studies", nullable: true);

        migrationBuilder.CreateTable(
            name: "DesiredJourneys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2_000, nullable: true),
                SourceKind = table.Column<string>(maxLength: 12, nullable: false),
                SourceId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DesiredJourneys", x => x.Id);
                table.ForeignKey("FK_DesiredJourneys_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_DesiredJourneys_StudyId", "DesiredJourneys", "StudyId");
        migrationBuilder.CreateIndex("IX_DesiredJourneys_SourceId", "DesiredJourneys", "SourceId");

        migrationBuilder.CreateTable(
            name: "DesiredSteps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DesiredJourneyId = table.Column<Guid>(nullable: false),
                Order = table.Column<int>(nullable: false),
                SourceStepId = table.Column<Guid>(nullable: true),
                IsAdded = table.Column<bool>(nullable: false),
                IsRemoved = table.Column<bool>(nullable: false),
                PhaseId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: true),
                ChannelId = table.Column<Guid>(nullable: true),
                Description = table.Column<string>(maxLength: 2_000, nullable: false),
                Handover = table.Column<string>(maxLength: 12, nullable: false),
                WaitingDays = table.Column<int>(nullable: true),
                TargetExperience = table.Column<int>(nullable: true),
                Note = table.Column<string>(maxLength: 1_000, nullable: true),
                CurrentPhaseId = table.Column<Guid>(nullable: true),
                CurrentOrganizationId = table.Column<Guid>(nullable: true),
                CurrentDescription = table.Column<string>(maxLength: 2_000, nullable: true),
                CurrentExperience = table.Column<int>(nullable: true),
                CurrentHandover = table.Column<string>(maxLength: 12, nullable: true),
                CurrentWaitingDays = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DesiredSteps", x => x.Id);
                table.ForeignKey("FK_DesiredSteps_DesiredJourneys_DesiredJourneyId", x => x.DesiredJourneyId, "DesiredJourneys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_DesiredSteps_DesiredJourneyId_Order", "DesiredSteps", ["DesiredJourneyId", "Order"]);

        migrationBuilder.CreateTable(
            name: "ReviewMeetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Attendees = table.Column<string>(maxLength: 1_000, nullable: false),
                Notes = table.Column<string>(maxLength: 4_000, nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewMeetings", x => x.Id);
                table.ForeignKey("FK_ReviewMeetings_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ReviewMeetings_StudyId_HeldOn", "ReviewMeetings", ["StudyId", "HeldOn"]);

        migrationBuilder.CreateTable(
            name: "ImprovementActions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 4_000, nullable: true),
                OwnerOrganizationId = table.Column<Guid>(nullable: true),
                OwnerPerson = table.Column<string>(maxLength: 200, nullable: true),
                OwnerUserId = table.Column<Guid>(nullable: true),
                Horizon = table.Column<string>(maxLength: 12, nullable: false),
                Status = table.Column<string>(maxLength: 12, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: true),
                NextReviewDate = table.Column<DateOnly>(nullable: true),
                DesiredJourneyId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                LastReviewedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImprovementActions", x => x.Id);
                table.ForeignKey("FK_ImprovementActions_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ImprovementActions_Organizations_OwnerOrganizationId", x => x.OwnerOrganizationId, "Organizations", "Id");
                table.ForeignKey("FK_ImprovementActions_Users_OwnerUserId", x => x.OwnerUserId, "Users", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_ImprovementActions_DesiredJourneys_DesiredJourneyId", x => x.DesiredJourneyId, "DesiredJourneys", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_ImprovementActions_StudyId", "ImprovementActions", "StudyId");
        migrationBuilder.CreateIndex("IX_ImprovementActions_OwnerUserId", "ImprovementActions", "OwnerUserId");
        migrationBuilder.CreateIndex("IX_ImprovementActions_OwnerOrganizationId", "ImprovementActions", "OwnerOrganizationId");
        migrationBuilder.CreateIndex("IX_ImprovementActions_DesiredJourneyId", "ImprovementActions", "DesiredJourneyId");

        migrationBuilder.CreateTable(
            name: "ActionStatusChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(maxLength: 12, nullable: true),
                To = table.Column<string>(maxLength: 12, nullable: false),
                At = table.Column<long>(nullable: false),
                ByUserId = table.Column<Guid>(nullable: true),
                Note = table.Column<string>(maxLength: 1_000, nullable: true),
                ReviewMeetingId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionStatusChanges", x => x.Id);
                table.ForeignKey("FK_ActionStatusChanges_ImprovementActions_ActionId", x => x.ActionId, "ImprovementActions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionStatusChanges_ReviewMeetings_ReviewMeetingId", x => x.ReviewMeetingId, "ReviewMeetings", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_ActionStatusChanges_ActionId_At", "ActionStatusChanges", ["ActionId", "At"]);
        migrationBuilder.CreateIndex("IX_ActionStatusChanges_ReviewMeetingId", "ActionStatusChanges", "ReviewMeetingId");

        migrationBuilder.CreateTable(
            name: "ActionMotivations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 12, nullable: false),
                StepId = table.Column<Guid>(nullable: true),
                DesiredStepId = table.Column<Guid>(nullable: true),
                QuoteId = table.Column<Guid>(nullable: true),
                FromOrganizationId = table.Column<Guid>(nullable: true),
                ToOrganizationId = table.Column<Guid>(nullable: true),
                Pattern = table.Column<string>(maxLength: 1_000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionMotivations", x => x.Id);
                table.ForeignKey("FK_ActionMotivations_ImprovementActions_ActionId", x => x.ActionId, "ImprovementActions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionMotivations_Steps_StepId", x => x.StepId, "Steps", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionMotivations_Quotes_QuoteId", x => x.QuoteId, "Quotes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionMotivations_DesiredSteps_DesiredStepId", x => x.DesiredStepId, "DesiredSteps", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ActionMotivations_ActionId", "ActionMotivations", "ActionId");
        migrationBuilder.CreateIndex("IX_ActionMotivations_StepId", "ActionMotivations", "StepId");
        migrationBuilder.CreateIndex("IX_ActionMotivations_QuoteId", "ActionMotivations", "QuoteId");
        migrationBuilder.CreateIndex("IX_ActionMotivations_DesiredStepId", "ActionMotivations", "DesiredStepId");

        migrationBuilder.CreateTable(
            name: "ReviewDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReviewMeetingId = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                Decision = table.Column<string>(maxLength: 2_000, nullable: false),
                NewStatus = table.Column<string>(maxLength: 12, nullable: true),
                NextReviewDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewDecisions", x => x.Id);
                table.ForeignKey("FK_ReviewDecisions_ReviewMeetings_ReviewMeetingId", x => x.ReviewMeetingId, "ReviewMeetings", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ReviewDecisions_ImprovementActions_ActionId", x => x.ActionId, "ImprovementActions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ReviewDecisions_ReviewMeetingId", "ReviewDecisions", "ReviewMeetingId");
        migrationBuilder.CreateIndex("IX_ReviewDecisions_ActionId", "ReviewDecisions", "ActionId");

        migrationBuilder.CreateTable(
            name: "GlossaryEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Concept = table.Column<string>(maxLength: 200, nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Term = table.Column<string>(maxLength: 200, nullable: false),
                Explanation = table.Column<string>(maxLength: 1_000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GlossaryEntries", x => x.Id);
                table.ForeignKey("FK_GlossaryEntries_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_GlossaryEntries_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_GlossaryEntries_StudyId_Concept", "GlossaryEntries", ["StudyId", "Concept"]);
        migrationBuilder.CreateIndex("IX_GlossaryEntries_OrganizationId", "GlossaryEntries", "OrganizationId");

        migrationBuilder.CreateTable(
            name: "CalendarFeeds",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalendarFeeds", x => x.UserId);
                table.ForeignKey("FK_CalendarFeeds_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CalendarFeeds");
        migrationBuilder.DropTable("GlossaryEntries");
        migrationBuilder.DropTable("ReviewDecisions");
        migrationBuilder.DropTable("ActionMotivations");
        migrationBuilder.DropTable("ActionStatusChanges");
        migrationBuilder.DropTable("ImprovementActions");
        migrationBuilder.DropTable("ReviewMeetings");
        migrationBuilder.DropTable("DesiredSteps");
        migrationBuilder.DropTable("DesiredJourneys");
        migrationBuilder.DropColumn("PreviousStudyId", "Studies");
        migrationBuilder.DropColumn("ReviewCadenceDays", "Studies");
    }
}
