using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 9: the case and event attributes of stored event logs, dictionary-encoded as in
/// memory — the columns per log, the distinct values per column, and a row per case or occurrence
/// that has a value, keyed by value first so SQL can filter on it. New tables only; logs stored
/// before this version simply have no attributes.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000009_EventLogAttributes")]
public sealed class M0009_EventLogAttributes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EventLogAttributes",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                ColumnNo = table.Column<int>(nullable: false),
                Scope = table.Column<string>(maxLength: 10, nullable: false),
                Key = table.Column<string>(maxLength: 400, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventLogAttributes", x => new { x.LogId, x.ColumnNo });
                table.ForeignKey("FK_EventLogAttributes_EventLogs_LogId", x => x.LogId, "EventLogs", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EventLogAttributeValues",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                ColumnNo = table.Column<int>(nullable: false),
                ValueNo = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Text = table.Column<string>(nullable: true),
                Integer = table.Column<long>(nullable: true),
                Float = table.Column<double>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_EventLogAttributeValues", x => new { x.LogId, x.ColumnNo, x.ValueNo }));

        migrationBuilder.CreateTable(
            name: "EventLogCaseAttributes",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                ColumnNo = table.Column<int>(nullable: false),
                ValueNo = table.Column<int>(nullable: false),
                CaseNo = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EventLogCaseAttributes", x => new { x.LogId, x.ColumnNo, x.ValueNo, x.CaseNo }));

        migrationBuilder.CreateTable(
            name: "EventLogEventAttributes",
            columns: table => new
            {
                LogId = table.Column<Guid>(nullable: false),
                ColumnNo = table.Column<int>(nullable: false),
                ValueNo = table.Column<int>(nullable: false),
                CaseNo = table.Column<int>(nullable: false),
                Seq = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EventLogEventAttributes", x => new { x.LogId, x.ColumnNo, x.ValueNo, x.CaseNo, x.Seq }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("EventLogEventAttributes");
        migrationBuilder.DropTable("EventLogCaseAttributes");
        migrationBuilder.DropTable("EventLogAttributeValues");
        migrationBuilder.DropTable("EventLogAttributes");
    }
}
