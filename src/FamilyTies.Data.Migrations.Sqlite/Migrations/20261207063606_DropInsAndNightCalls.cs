using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DropInsAndNightCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Not a rename: who decided is now the signed-in user (DecidedByUserId); who asked is a new field.
            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "NightCallOverrides");

            migrationBuilder.AddColumn<string>(
                name: "RequestedBy",
                table: "NightCallOverrides",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DecidedByUserId",
                table: "NightCallOverrides",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "NightCallOverrides",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "NightCallOverrides",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DropInSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RunWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttendanceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DropInSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DropInSessions_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DropInAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DropInAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DropInAttendances_CareExperiencedRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "CareExperiencedRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DropInAttendances_DropInSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DropInSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DropInAttendances_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DropInAttendances_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DropInAttendances_EstablishmentId",
                table: "DropInAttendances",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DropInAttendances_PrisonerId",
                table: "DropInAttendances",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_DropInAttendances_RecordId_Attended",
                table: "DropInAttendances",
                columns: new[] { "RecordId", "Attended" });

            migrationBuilder.CreateIndex(
                name: "IX_DropInAttendances_SessionId_RecordId",
                table: "DropInAttendances",
                columns: new[] { "SessionId", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DropInSessions_EstablishmentId_Date",
                table: "DropInSessions",
                columns: new[] { "EstablishmentId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DropInAttendances");

            migrationBuilder.DropTable(
                name: "DropInSessions");

            migrationBuilder.DropColumn(
                name: "DecidedByUserId",
                table: "NightCallOverrides");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "NightCallOverrides");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "NightCallOverrides");

            migrationBuilder.DropColumn(
                name: "RequestedBy",
                table: "NightCallOverrides");

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "NightCallOverrides",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");
        }
    }
}
