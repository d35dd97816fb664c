using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 2: participant attributes the researcher defines per study (typed: text,
/// number, choice, date). Only new tables, so SQLite needs no table rebuild.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000002_ParticipantAttributes")]
public sealed class M0002_ParticipantAttributes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AttributeDefinitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                Label = table.Column<string>(maxLength: 200, nullable: false),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                Choices = table.Column<string>(maxLength: 10000, nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AttributeDefinitions", x => x.Id);
                table.ForeignKey("FK_AttributeDefinitions_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AttributeDefinitions_StudyId_Key", "AttributeDefinitions", ["StudyId", "Key"], unique: true);

        migrationBuilder.CreateTable(
            name: "ParticipantAttributeValues",
            columns: table => new
            {
                ParticipantId = table.Column<Guid>(nullable: false),
                AttributeDefinitionId = table.Column<Guid>(nullable: false),
                Value = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ParticipantAttributeValues", x => new { x.ParticipantId, x.AttributeDefinitionId });
                table.ForeignKey("FK_ParticipantAttributeValues_Participants_ParticipantId", x => x.ParticipantId, "Participants", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ParticipantAttributeValues_AttributeDefinitions", x => x.AttributeDefinitionId, "AttributeDefinitions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ParticipantAttributeValues_AttributeDefinitionId", "ParticipantAttributeValues", "AttributeDefinitionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ParticipantAttributeValues");
        migrationBuilder.DropTable("AttributeDefinitions");
    }
}
