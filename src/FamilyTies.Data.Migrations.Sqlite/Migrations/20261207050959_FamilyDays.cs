using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastProvenAdjudication",
                table: "Prisoners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FamilyDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CapacityFamilies = table.Column<int>(type: "INTEGER", nullable: false),
                    CapacityPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InSchoolHours = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cohort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasicEligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    StandardEligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnhancedEligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoProvenAdjudicationMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    AdultChildrenAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtendedFamilyAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    FamiliesBooked = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleBooked = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyDays_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Forums",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChairedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FamiliesAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonersAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forums", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Forums_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Schemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schemes_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolTermDates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolTermDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolTermDates_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Responses = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyRounds_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyDayApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyDayId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecurityCheck = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecurityNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChildCheck = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChildCheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PrisonerAttended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyDayApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyDayApplications_FamilyDays_FamilyDayId",
                        column: x => x.FamilyDayId,
                        principalTable: "FamilyDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyDayApplications_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ForumActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForumId = table.Column<int>(type: "INTEGER", nullable: false),
                    YouSaid = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WeDid = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumActions_Forums_ForumId",
                        column: x => x.ForumId,
                        principalTable: "Forums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchemeParticipations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeParticipations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeParticipations_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchemeParticipations_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyRoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PercentPositive = table.Column<double>(type: "REAL", precision: 5, scale: 1, nullable: false),
                    MeasureKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_SurveyRounds_SurveyRoundId",
                        column: x => x.SurveyRoundId,
                        principalTable: "SurveyRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyDayApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyDayApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyDayApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyDayApplicationEvents_FamilyDayApplications_FamilyDayApplicationId",
                        column: x => x.FamilyDayApplicationId,
                        principalTable: "FamilyDayApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyDayGuests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyDayApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgeOnDay = table.Column<int>(type: "INTEGER", nullable: true),
                    Child = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    BookTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyDayGuests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyDayGuests_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyDayGuests_FamilyDayApplications_FamilyDayApplicationId",
                        column: x => x.FamilyDayApplicationId,
                        principalTable: "FamilyDayApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDayApplicationEvents_FamilyDayApplicationId",
                table: "FamilyDayApplicationEvents",
                column: "FamilyDayApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDayApplications_FamilyDayId_Status_WaitingSince",
                table: "FamilyDayApplications",
                columns: new[] { "FamilyDayId", "Status", "WaitingSince" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDayApplications_PrisonerId",
                table: "FamilyDayApplications",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDayGuests_ContactId",
                table: "FamilyDayGuests",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDayGuests_FamilyDayApplicationId",
                table: "FamilyDayGuests",
                column: "FamilyDayApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDays_EstablishmentId_Date",
                table: "FamilyDays",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumActions_EstablishmentId_Status_DueDate",
                table: "ForumActions",
                columns: new[] { "EstablishmentId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumActions_ForumId",
                table: "ForumActions",
                column: "ForumId");

            migrationBuilder.CreateIndex(
                name: "IX_Forums_EstablishmentId_Date",
                table: "Forums",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeParticipations_EstablishmentId_StartDate",
                table: "SchemeParticipations",
                columns: new[] { "EstablishmentId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeParticipations_PrisonerId",
                table: "SchemeParticipations",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_SchemeParticipations_SchemeId",
                table: "SchemeParticipations",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_Schemes_EstablishmentId_Name",
                table: "Schemes",
                columns: new[] { "EstablishmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolTermDates_EstablishmentId_StartDate",
                table: "SchoolTermDates",
                columns: new[] { "EstablishmentId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_SurveyRoundId",
                table: "SurveyQuestions",
                column: "SurveyRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRounds_EstablishmentId_Date",
                table: "SurveyRounds",
                columns: new[] { "EstablishmentId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyDayApplicationEvents");

            migrationBuilder.DropTable(
                name: "FamilyDayGuests");

            migrationBuilder.DropTable(
                name: "ForumActions");

            migrationBuilder.DropTable(
                name: "SchemeParticipations");

            migrationBuilder.DropTable(
                name: "SchoolTermDates");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "FamilyDayApplications");

            migrationBuilder.DropTable(
                name: "Forums");

            migrationBuilder.DropTable(
                name: "Schemes");

            migrationBuilder.DropTable(
                name: "SurveyRounds");

            migrationBuilder.DropTable(
                name: "FamilyDays");

            migrationBuilder.DropColumn(
                name: "LastProvenAdjudication",
                table: "Prisoners");
        }
    }
}
