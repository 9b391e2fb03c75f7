using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ActiveRollIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Prisoners_Status_EstablishmentId",
                table: "Prisoners",
                columns: new[] { "Status", "EstablishmentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prisoners_Status_EstablishmentId",
                table: "Prisoners");
        }
    }
}
