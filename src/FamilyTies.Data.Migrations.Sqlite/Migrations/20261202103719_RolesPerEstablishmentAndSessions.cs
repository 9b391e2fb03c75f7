using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RolesPerEstablishmentAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "StaffEstablishmentRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffEstablishmentRoles", x => new { x.UserId, x.EstablishmentId, x.Role });
                    table.ForeignKey(
                        name: "FK_StaffEstablishmentRoles_StaffEstablishments_UserId_EstablishmentId",
                        columns: x => new { x.UserId, x.EstablishmentId },
                        principalTable: "StaffEstablishments",
                        principalColumns: new[] { "UserId", "EstablishmentId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffEstablishmentRoles_EstablishmentId_Role",
                table: "StaffEstablishmentRoles",
                columns: new[] { "EstablishmentId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffSessions_UserId",
                table: "StaffSessions",
                column: "UserId");

            // Data: each account's establishment roles move onto each of its memberships (keep when regenerating).
            migrationBuilder.Sql(FamilyTies.Data.Identity.RolesPerEstablishmentSql.Up(sqlServer: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FamilyTies.Data.Identity.RolesPerEstablishmentSql.Down(sqlServer: false));

            migrationBuilder.DropTable(
                name: "StaffEstablishmentRoles");

            migrationBuilder.DropTable(
                name: "StaffSessions");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");
        }
    }
}
