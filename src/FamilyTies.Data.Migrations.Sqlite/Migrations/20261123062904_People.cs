using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyTies.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContactId",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrisonerId",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedInEstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccessibilityNeeds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Establishments_CreatedInEstablishmentId",
                        column: x => x.CreatedInEstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NonAssociations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerAId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerBId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EndedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NonAssociations", x => x.Id);
                    table.CheckConstraint("CK_NonAssociations_TwoPrisoners", "PrisonerAId <> PrisonerBId");
                    table.ForeignKey(
                        name: "FK_NonAssociations_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NonAssociations_Prisoners_PrisonerAId",
                        column: x => x.PrisonerAId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NonAssociations_Prisoners_PrisonerBId",
                        column: x => x.PrisonerBId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrisonerContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RelationshipDetail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NextOfKin = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedVisitor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChildContactApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrisonerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrisonerContacts_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrisonerContacts_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrisonerContacts_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Restrictions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrisonerId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrisonerContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EndedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Restrictions", x => x.Id);
                    table.CheckConstraint("CK_Restrictions_OneSubject", "(CASE WHEN ContactId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerContactId IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Restrictions_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Restrictions_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Restrictions_PrisonerContacts_PrisonerContactId",
                        column: x => x.PrisonerContactId,
                        principalTable: "PrisonerContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Restrictions_Prisoners_PrisonerId",
                        column: x => x.PrisonerId,
                        principalTable: "Prisoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ContactId",
                table: "AuditEvents",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PrisonerId",
                table: "AuditEvents",
                column: "PrisonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_CreatedInEstablishmentId",
                table: "Contacts",
                column: "CreatedInEstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_LastName_FirstName_DateOfBirth",
                table: "Contacts",
                columns: new[] { "LastName", "FirstName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_NonAssociations_EstablishmentId_PrisonerAId",
                table: "NonAssociations",
                columns: new[] { "EstablishmentId", "PrisonerAId" });

            migrationBuilder.CreateIndex(
                name: "IX_NonAssociations_EstablishmentId_PrisonerBId",
                table: "NonAssociations",
                columns: new[] { "EstablishmentId", "PrisonerBId" });

            migrationBuilder.CreateIndex(
                name: "IX_NonAssociations_PrisonerAId",
                table: "NonAssociations",
                column: "PrisonerAId");

            migrationBuilder.CreateIndex(
                name: "IX_NonAssociations_PrisonerBId",
                table: "NonAssociations",
                column: "PrisonerBId");

            migrationBuilder.CreateIndex(
                name: "IX_PrisonerContacts_ContactId",
                table: "PrisonerContacts",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_PrisonerContacts_EstablishmentId_ContactId",
                table: "PrisonerContacts",
                columns: new[] { "EstablishmentId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrisonerContacts_PrisonerId_ContactId",
                table: "PrisonerContacts",
                columns: new[] { "PrisonerId", "ContactId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Restrictions_ContactId",
                table: "Restrictions",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Restrictions_EstablishmentId_ContactId",
                table: "Restrictions",
                columns: new[] { "EstablishmentId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_Restrictions_EstablishmentId_PrisonerId",
                table: "Restrictions",
                columns: new[] { "EstablishmentId", "PrisonerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Restrictions_PrisonerContactId",
                table: "Restrictions",
                column: "PrisonerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Restrictions_PrisonerId",
                table: "Restrictions",
                column: "PrisonerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NonAssociations");

            migrationBuilder.DropTable(
                name: "Restrictions");

            migrationBuilder.DropTable(
                name: "PrisonerContacts");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_ContactId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_PrisonerId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "PrisonerId",
                table: "AuditEvents");
        }
    }
}
