using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyDayChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "FamilyDays",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "FamilyDays",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "FamilyDays");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "FamilyDays");
        }
    }
}
