using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VisitDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HallTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Accessible = table.Column<bool>(type: "INTEGER", nullable: false),
                    NearPlayArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    Quiet = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HallTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HallTables_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HpvTolds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HpvTolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HpvTolds_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HpvTolds_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoVisitsSupports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoVisitsSupports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoVisitsSupports_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionSlotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScheduledStart = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    HallOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PrisonersUnlockedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstPrisonerInHallAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DelayCause = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DelayDetail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRuns_SessionSlots_SessionSlotId",
                        column: x => x.SessionSlotId,
                        principalTable: "SessionSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitorArrivals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitVisitorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdEvidence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Refused = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RefusalDetail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FamilyTold = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitorArrivals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitorArrivals_VisitVisitors_VisitVisitorId",
                        column: x => x.VisitVisitorId,
                        principalTable: "VisitVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitorArrivals_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HallTableId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrisonerArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfficerNotes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HpvClaimStampedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitAttendances_HallTables_HallTableId",
                        column: x => x.HallTableId,
                        principalTable: "HallTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitAttendances_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HallTables_RoomId_Label",
                table: "HallTables",
                columns: new[] { "RoomId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HpvTolds_ContactId",
                table: "HpvTolds",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_HpvTolds_EstablishmentId_ToldOn",
                table: "HpvTolds",
                columns: new[] { "EstablishmentId", "ToldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_HpvTolds_VisitId",
                table: "HpvTolds",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_NoVisitsSupports_EstablishmentId_OfferedOn",
                table: "NoVisitsSupports",
                columns: new[] { "EstablishmentId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_NoVisitsSupports_PrisonerId_OfferedOn",
                table: "NoVisitsSupports",
                columns: new[] { "PrisonerId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRuns_EstablishmentId_Date",
                table: "SessionRuns",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRuns_SessionSlotId",
                table: "SessionRuns",
                column: "SessionSlotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendances_EstablishmentId_Date_Outcome",
                table: "VisitAttendances",
                columns: new[] { "EstablishmentId", "Date", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendances_HallTableId",
                table: "VisitAttendances",
                column: "HallTableId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendances_PrisonerId_Date",
                table: "VisitAttendances",
                columns: new[] { "PrisonerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendances_VisitId",
                table: "VisitAttendances",
                column: "VisitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitorArrivals_VisitId",
                table: "VisitorArrivals",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitorArrivals_VisitVisitorId",
                table: "VisitorArrivals",
                column: "VisitVisitorId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HpvTolds");

            migrationBuilder.DropTable(
                name: "NoVisitsSupports");

            migrationBuilder.DropTable(
                name: "SessionRuns");

            migrationBuilder.DropTable(
                name: "VisitAttendances");

            migrationBuilder.DropTable(
                name: "VisitorArrivals");

            migrationBuilder.DropTable(
                name: "HallTables");
        }
    }
}
