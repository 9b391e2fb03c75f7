using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    /// <summary>Care-experienced and foreign-national prisoners (issue 12), with the defaults an existing establishment starts with.</summary>
    public partial class CareExperiencedAndForeignNationals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PersonalAdviserContactIntervalWeeks",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "PhoneHoursClose",
                table: "Establishments",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(20, 30, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "PhoneHoursOpen",
                table: "Establishments",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(8, 0, 0));

            migrationBuilder.CreateTable(
                name: "CareExperiencedRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdentifiedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdentifiedByDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LookedAfterFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LookedAfterTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentToShare = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentWithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LocalAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonalAdviserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonalAdviserPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PersonalAdviserEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PathwayPlanHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    PathwayPlanDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SinglePointOfContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FollowUpBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SettingUpHomeGrantOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BursaryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OtherSupport = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OtherSupportOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareExperiencedRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareExperiencedRecords_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareExperiencedRecords_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyAbroad",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyAbroad", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyAbroad_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyAbroad_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InternationalCredits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternationalCredits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternationalCredits_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InternationalCredits_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterpreterRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    For = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NeededOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterpreterRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterpreterRequests_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterpreterRequests_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficialContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialContacts_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficialContacts_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonalAdviserContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAdviserContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalAdviserContacts_CareExperiencedRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "CareExperiencedRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonalAdviserContacts_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NightCallOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyAbroadId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NightCallOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NightCallOverrides_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NightCallOverrides_FamilyAbroad_FamilyAbroadId",
                        column: x => x.FamilyAbroadId,
                        principalTable: "FamilyAbroad",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareExperiencedRecords_EstablishmentId_RegisteredOn",
                table: "CareExperiencedRecords",
                columns: new[] { "EstablishmentId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CareExperiencedRecords_PrisonerId",
                table: "CareExperiencedRecords",
                column: "PrisonerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAbroad_EstablishmentId_PrisonerId",
                table: "FamilyAbroad",
                columns: new[] { "EstablishmentId", "PrisonerId" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAbroad_PrisonerId",
                table: "FamilyAbroad",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_InternationalCredits_EstablishmentId_PrisonerId_OccurredOn",
                table: "InternationalCredits",
                columns: new[] { "EstablishmentId", "PrisonerId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InternationalCredits_PrisonerId",
                table: "InternationalCredits",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_InterpreterRequests_EstablishmentId_NeededOn",
                table: "InterpreterRequests",
                columns: new[] { "EstablishmentId", "NeededOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InterpreterRequests_EstablishmentId_PrisonerId",
                table: "InterpreterRequests",
                columns: new[] { "EstablishmentId", "PrisonerId" });

            migrationBuilder.CreateIndex(
                name: "IX_InterpreterRequests_PrisonerId",
                table: "InterpreterRequests",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_NightCallOverrides_EstablishmentId_Decision",
                table: "NightCallOverrides",
                columns: new[] { "EstablishmentId", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_NightCallOverrides_FamilyAbroadId_RequestedOn",
                table: "NightCallOverrides",
                columns: new[] { "FamilyAbroadId", "RequestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialContacts_EstablishmentId_PrisonerId_OccurredOn",
                table: "OfficialContacts",
                columns: new[] { "EstablishmentId", "PrisonerId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialContacts_PrisonerId",
                table: "OfficialContacts",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAdviserContacts_EstablishmentId_OccurredOn",
                table: "PersonalAdviserContacts",
                columns: new[] { "EstablishmentId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAdviserContacts_RecordId_OccurredOn",
                table: "PersonalAdviserContacts",
                columns: new[] { "RecordId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InternationalCredits");

            migrationBuilder.DropTable(
                name: "InterpreterRequests");

            migrationBuilder.DropTable(
                name: "NightCallOverrides");

            migrationBuilder.DropTable(
                name: "OfficialContacts");

            migrationBuilder.DropTable(
                name: "PersonalAdviserContacts");

            migrationBuilder.DropTable(
                name: "FamilyAbroad");

            migrationBuilder.DropTable(
                name: "CareExperiencedRecords");

            migrationBuilder.DropColumn(
                name: "PersonalAdviserContactIntervalWeeks",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "PhoneHoursClose",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "PhoneHoursOpen",
                table: "Establishments");
        }
    }
}
