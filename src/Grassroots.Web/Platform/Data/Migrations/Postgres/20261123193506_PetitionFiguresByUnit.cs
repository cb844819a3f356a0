using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PetitionFiguresByUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petition_Figures",
                table: "Petition");

            migrationBuilder.DropIndex(
                name: "IX_Petition_UnitId_ReceivedOn",
                table: "Petition");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_Figures",
                table: "Petition",
                columns: new[] { "UnitId", "ReceivedOn", "Kind", "Status", "IsEligible", "IsInCompetence", "CaseId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petition_Figures",
                table: "Petition");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_Figures",
                table: "Petition",
                columns: new[] { "Id", "Kind", "Status", "CaseId", "IsEligible", "IsInCompetence" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_UnitId_ReceivedOn",
                table: "Petition",
                columns: new[] { "UnitId", "ReceivedOn" });
        }
    }
}
