using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class VideoCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxVideoCallParticipants",
                table: "Establishments",
                type: "int",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<int>(
                name: "VideoCallsPerMonth",
                table: "Establishments",
                type: "int",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "Contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Contacts",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "VideoCallDemands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Band = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoCallDemands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoCallDemands_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCallDemands_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoCallExtras",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    Calls = table.Column<int>(type: "int", nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoCallExtras", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoCallExtras_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCallExtras_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoCallPriorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Removed = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoCallPriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoCallPriorities_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCallPriorities_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoResources_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    VideoResourceId = table.Column<int>(type: "int", nullable: true),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoBlocks_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoBlocks_VideoResources_VideoResourceId",
                        column: x => x.VideoResourceId,
                        principalTable: "VideoResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    VideoResourceId = table.Column<int>(type: "int", nullable: false),
                    DayOfWeek = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    Locations = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoSessions_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoSessions_VideoResources_VideoResourceId",
                        column: x => x.VideoResourceId,
                        principalTable: "VideoResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    VideoSessionId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Booked = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoSlots_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoSlots_VideoSessions_VideoSessionId",
                        column: x => x.VideoSessionId,
                        principalTable: "VideoSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    VideoSlotId = table.Column<int>(type: "int", nullable: false),
                    VideoResourceId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ArrangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReviewReason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DeliveredMinutes = table.Column<int>(type: "int", nullable: true),
                    StartedLateMinutes = table.Column<int>(type: "int", nullable: false),
                    EndedEarly = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    EndedEarlyDetail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Dropped = table.Column<bool>(type: "bit", nullable: false),
                    Buffering = table.Column<bool>(type: "bit", nullable: false),
                    FrozenVideo = table.Column<bool>(type: "bit", nullable: false),
                    NoAudio = table.Column<bool>(type: "bit", nullable: false),
                    FamilyRating = table.Column<int>(type: "int", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoCalls_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCalls_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCalls_VideoResources_VideoResourceId",
                        column: x => x.VideoResourceId,
                        principalTable: "VideoResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCalls_VideoSlots_VideoSlotId",
                        column: x => x.VideoSlotId,
                        principalTable: "VideoSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VideoCallParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VideoCallId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    MainCaller = table.Column<bool>(type: "bit", nullable: false),
                    JoinedAt = table.Column<TimeOnly>(type: "time", nullable: true),
                    LeftAt = table.Column<TimeOnly>(type: "time", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoCallParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VideoCallParticipants_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VideoCallParticipants_VideoCalls_VideoCallId",
                        column: x => x.VideoCallId,
                        principalTable: "VideoCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VideoBlocks_EstablishmentId_ToDate",
                table: "VideoBlocks",
                columns: new[] { "EstablishmentId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoBlocks_VideoResourceId",
                table: "VideoBlocks",
                column: "VideoResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallDemands_EstablishmentId_Date",
                table: "VideoCallDemands",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallDemands_PrisonerId",
                table: "VideoCallDemands",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallExtras_EstablishmentId",
                table: "VideoCallExtras",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallExtras_PrisonerId_Month",
                table: "VideoCallExtras",
                columns: new[] { "PrisonerId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallParticipants_ContactId",
                table: "VideoCallParticipants",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallParticipants_VideoCallId_ContactId",
                table: "VideoCallParticipants",
                columns: new[] { "VideoCallId", "ContactId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallPriorities_EstablishmentId_PrisonerId",
                table: "VideoCallPriorities",
                columns: new[] { "EstablishmentId", "PrisonerId" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallPriorities_PrisonerId",
                table: "VideoCallPriorities",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_EstablishmentId_Date",
                table: "VideoCalls",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_PrisonerId_Date",
                table: "VideoCalls",
                columns: new[] { "PrisonerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_Reference",
                table: "VideoCalls",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_VideoResourceId",
                table: "VideoCalls",
                column: "VideoResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_VideoSlotId",
                table: "VideoCalls",
                column: "VideoSlotId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoResources_EstablishmentId_Name",
                table: "VideoResources",
                columns: new[] { "EstablishmentId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoSessions_EstablishmentId_DayOfWeek",
                table: "VideoSessions",
                columns: new[] { "EstablishmentId", "DayOfWeek" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoSessions_VideoResourceId",
                table: "VideoSessions",
                column: "VideoResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoSlots_EstablishmentId_Date",
                table: "VideoSlots",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoSlots_VideoSessionId_Date",
                table: "VideoSlots",
                columns: new[] { "VideoSessionId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VideoBlocks");

            migrationBuilder.DropTable(
                name: "VideoCallDemands");

            migrationBuilder.DropTable(
                name: "VideoCallExtras");

            migrationBuilder.DropTable(
                name: "VideoCallParticipants");

            migrationBuilder.DropTable(
                name: "VideoCallPriorities");

            migrationBuilder.DropTable(
                name: "VideoCalls");

            migrationBuilder.DropTable(
                name: "VideoSlots");

            migrationBuilder.DropTable(
                name: "VideoSessions");

            migrationBuilder.DropTable(
                name: "VideoResources");

            migrationBuilder.DropColumn(
                name: "MaxVideoCallParticipants",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "VideoCallsPerMonth",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Contacts");
        }
    }
}
