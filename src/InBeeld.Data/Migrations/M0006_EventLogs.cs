using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 6: event logs stored in a study (the log, its names, cases and occurrences), the
/// study's encrypted pseudonymisation secret for case ids, and the mapping table from log names to
/// the study's organisations and phases. New tables only.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000006_EventLogs")]
public sealed class M0006_EventLogs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EventLogs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                SourceFormat = table.Column<string>(maxLength: 20, nullable: false),
                SourceName = table.Column<string>(maxLength: 260, nullable: false),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
                ImportedBy = table.Column<string>(maxLength: 256, nullable: false),
                CaseCount = table.Column<int>(nullable: false),
                EventCount = table.Column<int>(nullable: false),
                HasStartTimes = table.Column<bool>(nullable: false),
                SkippedLifecycleEvents = table.Column<long>(nullable: false),
                DroppedAttributes = table.Column<string>(maxLength: 2_000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventLogs", x => x.Id);
                table.ForeignKey("FK_EventLogs_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EventLogs_StudyId", "EventLogs", "StudyId");

        migrationBuilder.CreateTable(
            name: "EventLogNames",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Number = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 400, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventLogNames", x => new { x.LogId, x.Kind, x.Number });
                table.ForeignKey("FK_EventLogNames_EventLogs_LogId", x => x.LogId, "EventLogs", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EventLogCases",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                CaseNo = table.Column<int>(nullable: false),
                Pseudonym = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EventLogCases", x => new { x.LogId, x.CaseNo }));
        migrationBuilder.CreateIndex("IX_EventLogCases_Pseudonym", "EventLogCases", "Pseudonym");

        migrationBuilder.CreateTable(
            name: "EventLogEvents",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                CaseNo = table.Column<int>(nullable: false),
                Seq = table.Column<int>(nullable: false),
                Activity = table.Column<int>(nullable: false),
                Resource = table.Column<int>(nullable: true),
                Organization = table.Column<int>(nullable: true),
                StartTicks = table.Column<long>(nullable: true),
                CompleteTicks = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EventLogEvents", x => new { x.LogId, x.CaseNo, x.Seq }));

        migrationBuilder.CreateTable(
            name: "EventLogKeys",
            columns: table => new
            {
                StudyId = table.Column<Guid>(nullable: false),
                Protected = table.Column<string>(maxLength: 1_000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventLogKeys", x => x.StudyId);
                table.ForeignKey("FK_EventLogKeys_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EventLogMappings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 400, nullable: false),
                OrganizationId = table.Column<Guid>(nullable: true),
                PhaseId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventLogMappings", x => x.Id);
                table.ForeignKey("FK_EventLogMappings_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_EventLogMappings_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_EventLogMappings_Phases_PhaseId", x => x.PhaseId, "Phases", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_EventLogMappings_StudyId_Kind_Name", "EventLogMappings", ["StudyId", "Kind", "Name"], unique: true);
        migrationBuilder.CreateIndex("IX_EventLogMappings_OrganizationId", "EventLogMappings", "OrganizationId");
        migrationBuilder.CreateIndex("IX_EventLogMappings_PhaseId", "EventLogMappings", "PhaseId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("EventLogMappings");
        migrationBuilder.DropTable("EventLogKeys");
        migrationBuilder.DropTable("EventLogEvents");
        migrationBuilder.DropTable("EventLogCases");
        migrationBuilder.DropTable("EventLogNames");
        migrationBuilder.DropTable("EventLogs");
    }
}
