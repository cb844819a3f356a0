using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConcurrencyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "YearEndMeetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Units",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "UnitReports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ReportPeriods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ReceptionSession",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ReceptionScheduleEntry",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PetitionCase",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Petition",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "IndicatorValues",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Households",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Disclosures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "DisclosureCategories",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "DecisionMatters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Conventions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Consultations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CalendarOverrides",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 1,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 2,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 3,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 4,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 5,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 6,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 7,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 8,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 9,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 10,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 11,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 12,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 13,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 14,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 101,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 102,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 103,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 104,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 105,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 106,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 107,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 108,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 109,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 110,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 111,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 201,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 202,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 203,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 204,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 205,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 206,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 207,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 208,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 209,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 210,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 211,
                column: "Version",
                value: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "YearEndMeetings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "UnitReports");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ReportPeriods");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ReceptionSession");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ReceptionScheduleEntry");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PetitionCase");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Petition");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Households");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DisclosureCategories");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DecisionMatters");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Conventions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CalendarOverrides");
        }
    }
}
