using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VoicemailChecks_CheckedAt",
                table: "VoicemailChecks",
                column: "CheckedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Date_Status",
                table: "Visits",
                columns: new[] { "Date", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendances_Date_Outcome",
                table: "VisitAttendances",
                columns: new[] { "Date", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlots_Date",
                table: "SessionSlots",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRuns_Date",
                table: "SessionRuns",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyCases_OpenedOn",
                table: "SafetyCases",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SaferCustodyContacts_ReceivedAt",
                table: "SaferCustodyContacts",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VoicemailChecks_CheckedAt",
                table: "VoicemailChecks");

            migrationBuilder.DropIndex(
                name: "IX_Visits_Date_Status",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_VisitAttendances_Date_Outcome",
                table: "VisitAttendances");

            migrationBuilder.DropIndex(
                name: "IX_SessionSlots_Date",
                table: "SessionSlots");

            migrationBuilder.DropIndex(
                name: "IX_SessionRuns_Date",
                table: "SessionRuns");

            migrationBuilder.DropIndex(
                name: "IX_SafetyCases_OpenedOn",
                table: "SafetyCases");

            migrationBuilder.DropIndex(
                name: "IX_SaferCustodyContacts_ReceivedAt",
                table: "SaferCustodyContacts");
        }
    }
}
