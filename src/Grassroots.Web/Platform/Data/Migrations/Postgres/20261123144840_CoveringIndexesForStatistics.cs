using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveringIndexesForStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PetitionEvent_UnitId_On_Kind",
                table: "PetitionEvent");

            migrationBuilder.DropIndex(
                name: "IX_PetitionDeadline_State_DueOn",
                table: "PetitionDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionEvent_UnitId_On_Kind_PetitionId",
                table: "PetitionEvent",
                columns: new[] { "UnitId", "On", "Kind", "PetitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDeadline_State_DueOn_StartedOn_EndedOn_PetitionId",
                table: "PetitionDeadline",
                columns: new[] { "State", "DueOn", "StartedOn", "EndedOn", "PetitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_Figures",
                table: "Petition",
                columns: new[] { "Id", "Kind", "Status", "CaseId", "IsEligible", "IsInCompetence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PetitionEvent_UnitId_On_Kind_PetitionId",
                table: "PetitionEvent");

            migrationBuilder.DropIndex(
                name: "IX_PetitionDeadline_State_DueOn_StartedOn_EndedOn_PetitionId",
                table: "PetitionDeadline");

            migrationBuilder.DropIndex(
                name: "IX_Petition_Figures",
                table: "Petition");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionEvent_UnitId_On_Kind",
                table: "PetitionEvent",
                columns: new[] { "UnitId", "On", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDeadline_State_DueOn",
                table: "PetitionDeadline",
                columns: new[] { "State", "DueOn" });
        }
    }
}
