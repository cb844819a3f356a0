using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataAndDecisionLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "ReceptionVisit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Petition",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CommuneWideId",
                table: "DecisionMatters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HouseholdsChoosingOnline",
                table: "DecisionMatters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingNoticeOn",
                table: "DecisionMatters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionReference",
                table: "DecisionMatters",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataBreaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    DataKinds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PeopleAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AuthorityNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubjectsNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataBreaches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionMatters_CommuneWideId",
                table: "DecisionMatters",
                column: "CommuneWideId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_Subject_Purpose",
                table: "Consents",
                columns: new[] { "Subject", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_DataBreaches_DetectedAt",
                table: "DataBreaches",
                column: "DetectedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "DataBreaches");

            migrationBuilder.DropIndex(
                name: "IX_DecisionMatters_CommuneWideId",
                table: "DecisionMatters");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "ReceptionVisit");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Petition");

            migrationBuilder.DropColumn(
                name: "CommuneWideId",
                table: "DecisionMatters");

            migrationBuilder.DropColumn(
                name: "HouseholdsChoosingOnline",
                table: "DecisionMatters");

            migrationBuilder.DropColumn(
                name: "MeetingNoticeOn",
                table: "DecisionMatters");

            migrationBuilder.DropColumn(
                name: "RecognitionReference",
                table: "DecisionMatters");
        }
    }
}
