using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SaferCustody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing establishments get the same line hours as a new one: 8am to 6pm, Monday to Friday.
            migrationBuilder.AddColumn<TimeOnly>(
                name: "SaferCustodyLineCloses",
                table: "Establishments",
                type: "time",
                nullable: false,
                defaultValue: new TimeOnly(18, 0, 0));

            migrationBuilder.AddColumn<string>(
                name: "SaferCustodyLineDays",
                table: "Establishments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "Monday, Tuesday, Wednesday, Thursday, Friday");

            migrationBuilder.AddColumn<TimeOnly>(
                name: "SaferCustodyLineOpens",
                table: "Establishments",
                type: "time",
                nullable: false,
                defaultValue: new TimeOnly(8, 0, 0));

            migrationBuilder.CreateTable(
                name: "SafetyCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyCases_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SafetyCases_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VoicemailChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    MessagesFound = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoicemailChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoicemailChecks_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyInvolvementEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    SafetyCaseId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FamilyMember = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Attended = table.Column<bool>(type: "bit", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CorrectsId = table.Column<int>(type: "int", nullable: true),
                    CorrectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyInvolvementEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyInvolvementEntries_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyInvolvementEntries_FamilyInvolvementEntries_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "FamilyInvolvementEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyInvolvementEntries_SafetyCases_SafetyCaseId",
                        column: x => x.SafetyCaseId,
                        principalTable: "SafetyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SaferCustodyContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CallerName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    CallerRelationship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CallerPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CallerWantsCallback = table.Column<bool>(type: "bit", nullable: false),
                    PrisonerId = table.Column<int>(type: "int", nullable: true),
                    PrisonerNameGiven = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Categories = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ImminentRisk = table.Column<bool>(type: "bit", nullable: false),
                    EscalatedTo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    EscalatedToName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CallerSaid = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VoicemailCheckId = table.Column<int>(type: "int", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaferCustodyContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaferCustodyContacts_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SaferCustodyContacts_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SaferCustodyContacts_VoicemailChecks_VoicemailCheckId",
                        column: x => x.VoicemailCheckId,
                        principalTable: "VoicemailChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CallerFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Result = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Disclosure = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CorrectsId = table.Column<int>(type: "int", nullable: true),
                    CorrectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallerFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallerFeedback_CallerFeedback_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "CallerFeedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallerFeedback_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallerFeedback_SaferCustodyContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "SaferCustodyContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Consent = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CorrectsId = table.Column<int>(type: "int", nullable: true),
                    CorrectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactActions_ContactActions_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "ContactActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactActions_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactActions_SaferCustodyContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "SaferCustodyContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactCorrections_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactCorrections_SaferCustodyContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "SaferCustodyContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallerFeedback_ContactId_OccurredAt",
                table: "CallerFeedback",
                columns: new[] { "ContactId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CallerFeedback_CorrectsId",
                table: "CallerFeedback",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_CallerFeedback_EstablishmentId",
                table: "CallerFeedback",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactActions_ContactId_OccurredAt",
                table: "ContactActions",
                columns: new[] { "ContactId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactActions_CorrectsId",
                table: "ContactActions",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactActions_EstablishmentId",
                table: "ContactActions",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactCorrections_ContactId",
                table: "ContactCorrections",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactCorrections_EstablishmentId",
                table: "ContactCorrections",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyInvolvementEntries_CorrectsId",
                table: "FamilyInvolvementEntries",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyInvolvementEntries_EstablishmentId",
                table: "FamilyInvolvementEntries",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyInvolvementEntries_SafetyCaseId_OccurredOn",
                table: "FamilyInvolvementEntries",
                columns: new[] { "SafetyCaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_EstablishmentId_ClosedAt_ReceivedAt",
                table: "SaferCustodyContacts",
                columns: new[] { "EstablishmentId", "ClosedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_EstablishmentId_PrisonerId_ClosedAt",
                table: "SaferCustodyContacts",
                columns: new[] { "EstablishmentId", "PrisonerId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_EstablishmentId_ReceivedAt",
                table: "SaferCustodyContacts",
                columns: new[] { "EstablishmentId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_PrisonerId",
                table: "SaferCustodyContacts",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_VoicemailCheckId",
                table: "SaferCustodyContacts",
                column: "VoicemailCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyCases_EstablishmentId_ClosedOn_OpenedOn",
                table: "SafetyCases",
                columns: new[] { "EstablishmentId", "ClosedOn", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyCases_EstablishmentId_PrisonerId_ClosedOn",
                table: "SafetyCases",
                columns: new[] { "EstablishmentId", "PrisonerId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyCases_PrisonerId",
                table: "SafetyCases",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_VoicemailChecks_EstablishmentId_CheckedAt",
                table: "VoicemailChecks",
                columns: new[] { "EstablishmentId", "CheckedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallerFeedback");

            migrationBuilder.DropTable(
                name: "ContactActions");

            migrationBuilder.DropTable(
                name: "ContactCorrections");

            migrationBuilder.DropTable(
                name: "FamilyInvolvementEntries");

            migrationBuilder.DropTable(
                name: "SaferCustodyContacts");

            migrationBuilder.DropTable(
                name: "SafetyCases");

            migrationBuilder.DropTable(
                name: "VoicemailChecks");

            migrationBuilder.DropColumn(
                name: "SaferCustodyLineCloses",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "SaferCustodyLineDays",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "SaferCustodyLineOpens",
                table: "Establishments");
        }
    }
}
