using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReceptionVisitorIdNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VisitorIdNumber",
                table: "ReceptionVisit",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VisitorIdNumber",
                table: "ReceptionVisit");
        }
    }
}
