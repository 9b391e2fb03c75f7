using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Visits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Tables = table.Column<int>(type: "int", nullable: false),
                    ClosedBooths = table.Column<int>(type: "int", nullable: false),
                    Facilities = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitingOrderBalances",
                columns: table => new
                {
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Balance = table.Column<int>(type: "int", nullable: false),
                    LastAllocatedPeriod = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitingOrderBalances", x => x.PrisonerId);
                    table.ForeignKey(
                        name: "FK_VisitingOrderBalances_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitingOrderBalances_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RoomId = table.Column<int>(type: "int", nullable: false),
                    DayOfWeek = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    WeeklyFrequency = table.Column<int>(type: "int", nullable: false),
                    OpenCapacity = table.Column<int>(type: "int", nullable: false),
                    ClosedCapacity = table.Column<int>(type: "int", nullable: false),
                    VisitType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Locations = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IncentiveLevels = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionTemplates_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionTemplates_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BlockedDates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionTemplateId = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Removed = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlockedDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlockedDates_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BlockedDates_SessionTemplates_SessionTemplateId",
                        column: x => x.SessionTemplateId,
                        principalTable: "SessionTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    SessionTemplateId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    BookedOpen = table.Column<int>(type: "int", nullable: false),
                    BookedClosed = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionSlots_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionSlots_SessionTemplates_SessionTemplateId",
                        column: x => x.SessionTemplateId,
                        principalTable: "SessionTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    SessionSlotId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    Closed = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MainContactId = table.Column<int>(type: "int", nullable: true),
                    MainContactPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RequestMethod = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WheelchairAccess = table.Column<bool>(type: "bit", nullable: false),
                    HearingLoop = table.Column<bool>(type: "bit", nullable: false),
                    StairLift = table.Column<bool>(type: "bit", nullable: false),
                    QuietArea = table.Column<bool>(type: "bit", nullable: false),
                    FirstVisit = table.Column<bool>(type: "bit", nullable: false),
                    NewBaby = table.Column<bool>(type: "bit", nullable: false),
                    PhotoRequest = table.Column<bool>(type: "bit", nullable: false),
                    OtherSupport = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OverbookReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    VisitingOrderOverrideReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UsedVisitingOrder = table.Column<bool>(type: "bit", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CancellationDetail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    NeedsReview = table.Column<bool>(type: "bit", nullable: false),
                    NeedsReviewReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NeedsReviewDetail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Contacts_MainContactId",
                        column: x => x.MainContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_SessionSlots_SessionSlotId",
                        column: x => x.SessionSlotId,
                        principalTable: "SessionSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VisitId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitEvents_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitingOrderEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Change = table.Column<int>(type: "int", nullable: false),
                    BalanceAfter = table.Column<int>(type: "int", nullable: false),
                    Period = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: true),
                    VisitId = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitingOrderEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitingOrderEntries_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitingOrderEntries_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitingOrderEntries_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitVisitors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VisitId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    AgeOnVisit = table.Column<int>(type: "int", nullable: true),
                    Child = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitVisitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitVisitors_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitVisitors_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BlockedDates_EstablishmentId_Date",
                table: "BlockedDates",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_BlockedDates_SessionTemplateId",
                table: "BlockedDates",
                column: "SessionTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_EstablishmentId_Name",
                table: "Rooms",
                columns: new[] { "EstablishmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlots_EstablishmentId_Date",
                table: "SessionSlots",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlots_SessionTemplateId_Date",
                table: "SessionSlots",
                columns: new[] { "SessionTemplateId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionTemplates_EstablishmentId_DayOfWeek",
                table: "SessionTemplates",
                columns: new[] { "EstablishmentId", "DayOfWeek" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionTemplates_RoomId",
                table: "SessionTemplates",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitEvents_VisitId",
                table: "VisitEvents",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitingOrderBalances_EstablishmentId",
                table: "VisitingOrderBalances",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitingOrderEntries_EstablishmentId_At",
                table: "VisitingOrderEntries",
                columns: new[] { "EstablishmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitingOrderEntries_PrisonerId_Period",
                table: "VisitingOrderEntries",
                columns: new[] { "PrisonerId", "Period" },
                unique: true,
                filter: "[Period] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_VisitingOrderEntries_VisitId",
                table: "VisitingOrderEntries",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_EstablishmentId_Date_Status",
                table: "Visits",
                columns: new[] { "EstablishmentId", "Date", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_EstablishmentId_NeedsReview",
                table: "Visits",
                columns: new[] { "EstablishmentId", "NeedsReview" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_MainContactId",
                table: "Visits",
                column: "MainContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PrisonerId_Date",
                table: "Visits",
                columns: new[] { "PrisonerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Reference",
                table: "Visits",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SessionSlotId_Status",
                table: "Visits",
                columns: new[] { "SessionSlotId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitVisitors_ContactId",
                table: "VisitVisitors",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitVisitors_VisitId_ContactId",
                table: "VisitVisitors",
                columns: new[] { "VisitId", "ContactId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BlockedDates");

            migrationBuilder.DropTable(
                name: "VisitEvents");

            migrationBuilder.DropTable(
                name: "VisitingOrderBalances");

            migrationBuilder.DropTable(
                name: "VisitingOrderEntries");

            migrationBuilder.DropTable(
                name: "VisitVisitors");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "SessionSlots");

            migrationBuilder.DropTable(
                name: "SessionTemplates");

            migrationBuilder.DropTable(
                name: "Rooms");
        }
    }
}
