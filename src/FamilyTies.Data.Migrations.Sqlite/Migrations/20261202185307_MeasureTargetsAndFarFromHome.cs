using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    /// <summary>Measure targets and the far-from-home distance, with the defaults an existing establishment starts with.</summary>
    public partial class MeasureTargetsAndFarFromHome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AcctFamilyAskedTargetPercent",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 100);

            migrationBuilder.AddColumn<int>(
                name: "CallerToldTargetPercent",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 90);

            migrationBuilder.AddColumn<int>(
                name: "FarFromHomeMiles",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "RegularContactTargetPercent",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "WeekendWaitTargetDays",
                table: "Establishments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcctFamilyAskedTargetPercent",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "CallerToldTargetPercent",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "FarFromHomeMiles",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "RegularContactTargetPercent",
                table: "Establishments");

            migrationBuilder.DropColumn(
                name: "WeekendWaitTargetDays",
                table: "Establishments");
        }
    }
}
