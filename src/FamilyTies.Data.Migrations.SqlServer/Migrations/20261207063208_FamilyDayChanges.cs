using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.SqlServer.Migrations
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "FamilyDays",
                type: "datetimeoffset",
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
