using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 7: composite journeys and personas (issue 5) — a study's grouping of interviews into
/// journey types, the groups and their members, composite journeys with their steps, the provenance of
/// each composite step (source steps and quotes, by id), personas and member checks. New tables only.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000007_Composites")]
public sealed class M0007_Composites : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "JourneyGroupings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Method = table.Column<string>(maxLength: 12, nullable: false),
                K = table.Column<int>(nullable: false),
                KChosen = table.Column<bool>(nullable: false),
                Candidates = table.Column<string>(maxLength: 1_000, nullable: false),
                MeanSilhouette = table.Column<double>(nullable: false),
                AttributeKeys = table.Column<string>(maxLength: 1_000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JourneyGroupings", x => x.Id);
                table.ForeignKey("FK_JourneyGroupings_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_JourneyGroupings_StudyId", "JourneyGroupings", "StudyId", unique: true);

        migrationBuilder.CreateTable(
            name: "JourneyGroups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                GroupingId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Origin = table.Column<string>(maxLength: 24, nullable: false),
                Silhouette = table.Column<double>(nullable: true),
                MedoidInterviewId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JourneyGroups", x => x.Id);
                table.ForeignKey("FK_JourneyGroups_JourneyGroupings_GroupingId", x => x.GroupingId, "JourneyGroupings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_JourneyGroups_GroupingId", "JourneyGroups", "GroupingId");
        migrationBuilder.CreateIndex("IX_JourneyGroups_StudyId", "JourneyGroups", "StudyId");

        migrationBuilder.CreateTable(
            name: "JourneyGroupMembers",
            columns: table => new
            {
                GroupId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                MovedByResearcher = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JourneyGroupMembers", x => new { x.GroupId, x.InterviewId });
                table.ForeignKey("FK_JourneyGroupMembers_JourneyGroups_GroupId", x => x.GroupId, "JourneyGroups", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_JourneyGroupMembers_InterviewId", "JourneyGroupMembers", "InterviewId", unique: true);

        CreateCompositeTables(migrationBuilder);
        CreatePersonaAndMemberCheckTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MemberChecks");
        migrationBuilder.DropTable("Personas");
        migrationBuilder.DropTable("CompositeStepQuotes");
        migrationBuilder.DropTable("CompositeStepSources");
        migrationBuilder.DropTable("CompositeSteps");
        migrationBuilder.DropTable("CompositeJourneys");
        migrationBuilder.DropTable("JourneyGroupMembers");
        migrationBuilder.DropTable("JourneyGroups");
        migrationBuilder.DropTable("JourneyGroupings");
    }

    private static void CreateCompositeTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CompositeJourneys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
                BackboneInterviewId = table.Column<Guid>(nullable: false),
                MemberCount = table.Column<int>(nullable: false),
                UnplacedStepCount = table.Column<int>(nullable: false),
                SourceFingerprint = table.Column<string>(maxLength: 64, nullable: false),
                OutdatedSince = table.Column<DateTimeOffset>(nullable: true),
                OutdatedReason = table.Column<string>(maxLength: 40, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompositeJourneys", x => x.Id);
                table.ForeignKey("FK_CompositeJourneys_JourneyGroups_GroupId", x => x.GroupId, "JourneyGroups", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CompositeJourneys_GroupId", "CompositeJourneys", "GroupId", unique: true);
        migrationBuilder.CreateIndex("IX_CompositeJourneys_StudyId", "CompositeJourneys", "StudyId");

        migrationBuilder.CreateTable(
            name: "CompositeSteps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompositeId = table.Column<Guid>(nullable: false),
                Order = table.Column<int>(nullable: false),
                PhaseId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: true),
                ChannelId = table.Column<Guid>(nullable: true),
                Experience = table.Column<int>(nullable: true),
                Handover = table.Column<string>(maxLength: 12, nullable: false),
                WaitingDays = table.Column<int>(nullable: true),
                SupportCount = table.Column<int>(nullable: false),
                DescriptionStepId = table.Column<Guid>(nullable: true),
                PainPointStepId = table.Column<Guid>(nullable: true),
                BrightSpotStepId = table.Column<Guid>(nullable: true),
                Description = table.Column<string>(maxLength: 2_000, nullable: true),
                PainPoint = table.Column<string>(maxLength: 2_000, nullable: true),
                BrightSpot = table.Column<string>(maxLength: 2_000, nullable: true),
                Edited = table.Column<bool>(nullable: false),
                EditedAt = table.Column<DateTimeOffset>(nullable: true),
                EditedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompositeSteps", x => x.Id);
                table.ForeignKey("FK_CompositeSteps_CompositeJourneys_CompositeId", x => x.CompositeId, "CompositeJourneys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CompositeSteps_CompositeId_Order", "CompositeSteps", ["CompositeId", "Order"], unique: true);

        migrationBuilder.CreateTable(
            name: "CompositeStepSources",
            columns: table => new
            {
                CompositeStepId = table.Column<Guid>(nullable: false),
                StepId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompositeStepSources", x => new { x.CompositeStepId, x.StepId });
                table.ForeignKey("FK_CompositeStepSources_CompositeSteps_CompositeStepId", x => x.CompositeStepId, "CompositeSteps", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CompositeStepSources_InterviewId", "CompositeStepSources", "InterviewId");

        migrationBuilder.CreateTable(
            name: "CompositeStepQuotes",
            columns: table => new
            {
                CompositeStepId = table.Column<Guid>(nullable: false),
                QuoteId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                StepId = table.Column<Guid>(nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompositeStepQuotes", x => new { x.CompositeStepId, x.QuoteId });
                table.ForeignKey("FK_CompositeStepQuotes_CompositeSteps_CompositeStepId", x => x.CompositeStepId, "CompositeSteps", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CompositeStepQuotes_InterviewId", "CompositeStepQuotes", "InterviewId");
    }

    private static void CreatePersonaAndMemberCheckTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Personas",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 80, nullable: false),
                Age = table.Column<int>(nullable: true),
                Situation = table.Column<string>(maxLength: 600, nullable: false),
                WhatMatters = table.Column<string>(maxLength: 600, nullable: false),
                Story = table.Column<string>(maxLength: 2_000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Personas", x => x.Id);
                table.ForeignKey("FK_Personas_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Personas_JourneyGroups_GroupId", x => x.GroupId, "JourneyGroups", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_Personas_StudyId", "Personas", "StudyId");
        migrationBuilder.CreateIndex("IX_Personas_GroupId", "Personas", "GroupId");

        migrationBuilder.CreateTable(
            name: "MemberChecks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                PrintedAt = table.Column<DateTimeOffset>(nullable: true),
                PrintedBy = table.Column<string>(maxLength: 256, nullable: true),
                Answer = table.Column<string>(maxLength: 12, nullable: true),
                Correction = table.Column<string>(maxLength: 4_000, nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: true),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberChecks", x => x.Id);
                table.ForeignKey("FK_MemberChecks_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberChecks_InterviewId", "MemberChecks", "InterviewId");
        migrationBuilder.CreateIndex("IX_MemberChecks_StudyId", "MemberChecks", "StudyId");
    }
}
