using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace InBeeld.Data.Migrations;

/// <summary>
/// Schema version 3: personal accounts (the ASP.NET Core Identity tables under our own names),
/// study membership with a role per study, and the append-only audit log. Only new tables.
/// </summary>
[DbContext(typeof(InBeeldDbContext))]
[Migration("20261122000003_AccountsAndAudit")]
public sealed class M0003_AccountsAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                IsAdministrator = table.Column<bool>(nullable: false),
                MustChangePassword = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(maxLength: 512, nullable: true),
                SecurityStamp = table.Column<string>(maxLength: 64, nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 64, nullable: true),
                PhoneNumber = table.Column<string>(maxLength: 32, nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));
        migrationBuilder.CreateIndex("IX_Users_NormalizedUserName", "Users", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_Users_NormalizedEmail", "Users", "NormalizedEmail");

        migrationBuilder.CreateTable(
            name: "UserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(maxLength: 256, nullable: true),
                ClaimValue = table.Column<string>(maxLength: 1024, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserClaims", x => x.Id);
                table.ForeignKey("FK_UserClaims_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_UserClaims_UserId", "UserClaims", "UserId");

        migrationBuilder.CreateTable(
            name: "UserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(maxLength: 128, nullable: false),
                ProviderKey = table.Column<string>(maxLength: 128, nullable: false),
                ProviderDisplayName = table.Column<string>(maxLength: 256, nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_UserLogins_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_UserLogins_UserId", "UserLogins", "UserId");

        migrationBuilder.CreateTable(
            name: "UserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(maxLength: 128, nullable: false),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Value = table.Column<string>(maxLength: 2048, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_UserTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StudyMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                OrganizationId = table.Column<Guid>(nullable: true),
                AddedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StudyMembers", x => x.Id);
                table.ForeignKey("FK_StudyMembers_Studies_StudyId", x => x.StudyId, "Studies", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_StudyMembers_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_StudyMembers_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_StudyMembers_StudyId_UserId", "StudyMembers", ["StudyId", "UserId"], unique: true);
        migrationBuilder.CreateIndex("IX_StudyMembers_UserId", "StudyMembers", "UserId");
        migrationBuilder.CreateIndex("IX_StudyMembers_OrganizationId", "StudyMembers", "OrganizationId");

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<long>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                Result = table.Column<string>(maxLength: 12, nullable: false),
                StudyId = table.Column<Guid>(nullable: true),
                ObjectType = table.Column<string>(maxLength: 40, nullable: true),
                ObjectId = table.Column<Guid>(nullable: true),
                Source = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEntries_At", "AuditEntries", "At");
        migrationBuilder.CreateIndex("IX_AuditEntries_StudyId_At", "AuditEntries", ["StudyId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("AuditEntries");
        migrationBuilder.DropTable("StudyMembers");
        migrationBuilder.DropTable("UserTokens");
        migrationBuilder.DropTable("UserLogins");
        migrationBuilder.DropTable("UserClaims");
        migrationBuilder.DropTable("Users");
    }
}
