using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VillageConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RepresentativeAccountId",
                table: "Households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Conventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conventions_Units_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConventionVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    AmendmentSummary = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommentsUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VotesInFavour = table.Column<int>(type: "INTEGER", nullable: true),
                    HouseholdsAtAdoption = table.Column<int>(type: "INTEGER", nullable: true),
                    VillageHead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FrontHead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstSignerHouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SecondSignerHouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SecondSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FileDocuments = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    FileCompleteOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AbandonReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConventionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConventionVersions_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConventionVersions_Units_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Households_RepresentativeAccountId",
                table: "Households",
                column: "RepresentativeAccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conventions_CommunityId",
                table: "Conventions",
                column: "CommunityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConventionVersions_CommunityId_Stage",
                table: "ConventionVersions",
                columns: new[] { "CommunityId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_ConventionVersions_ConventionId_Number",
                table: "ConventionVersions",
                columns: new[] { "ConventionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConventionVersions_MatterId",
                table: "ConventionVersions",
                column: "MatterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConventionVersions");

            migrationBuilder.DropTable(
                name: "Conventions");

            migrationBuilder.DropIndex(
                name: "IX_Households_RepresentativeAccountId",
                table: "Households");

            migrationBuilder.DropColumn(
                name: "RepresentativeAccountId",
                table: "Households");
        }
    }
}
