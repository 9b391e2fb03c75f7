using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NoVisitsSupportsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_NoVisitsSupports_OfferedOn_PrisonerId",
                table: "NoVisitsSupports",
                columns: new[] { "OfferedOn", "PrisonerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NoVisitsSupports_OfferedOn_PrisonerId",
                table: "NoVisitsSupports");
        }
    }
}
