using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VideoCalls_Date",
                table: "VideoCalls",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_VideoCallDemands_Date",
                table: "VideoCallDemands",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyDays_Date",
                table: "FamilyDays",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_DropInSessions_Date",
                table: "DropInSessions",
                column: "Date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VideoCalls_Date",
                table: "VideoCalls");

            migrationBuilder.DropIndex(
                name: "IX_VideoCallDemands_Date",
                table: "VideoCallDemands");

            migrationBuilder.DropIndex(
                name: "IX_FamilyDays_Date",
                table: "FamilyDays");

            migrationBuilder.DropIndex(
                name: "IX_DropInSessions_Date",
                table: "DropInSessions");
        }
    }
}
