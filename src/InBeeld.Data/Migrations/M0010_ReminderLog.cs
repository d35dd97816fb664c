using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 10: the reminder log, one row per account and Dutch calendar day, so a digest goes
/// out at most once a day and a failed one is tried again. A new table only.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000010_ReminderLog")]
public sealed class M0010_ReminderLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReminderDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                AttemptedAt = table.Column<long>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                SentAt = table.Column<long>(nullable: true),
                Failure = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReminderDeliveries", x => x.Id);
                table.ForeignKey("FK_ReminderDeliveries_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ReminderDeliveries_UserId_Day", "ReminderDeliveries", ["UserId", "Day"], unique: true);
        migrationBuilder.CreateIndex("IX_ReminderDeliveries_Day", "ReminderDeliveries", "Day");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ReminderDeliveries");
}
