using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneStop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OneStopFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarriedOver = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOnline = table.Column<int>(type: "integer", nullable: false),
                    ReceivedByPost = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAtCounter = table.Column<int>(type: "integer", nullable: false),
                    SettledEarly = table.Column<int>(type: "integer", nullable: false),
                    SettledOnTime = table.Column<int>(type: "integer", nullable: false),
                    SettledLate = table.Column<int>(type: "integer", nullable: false),
                    PendingInTime = table.Column<int>(type: "integer", nullable: false),
                    PendingOverdue = table.Column<int>(type: "integer", nullable: false),
                    Returned = table.Column<int>(type: "integer", nullable: false),
                    DigitisedReceived = table.Column<int>(type: "integer", nullable: false),
                    DigitisedResults = table.Column<int>(type: "integer", nullable: false),
                    Payable = table.Column<int>(type: "integer", nullable: false),
                    PaidOnline = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneStopFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneStopFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OneStopImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Figures = table.Column<int>(type: "integer", nullable: false),
                    Replaced = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneStopImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneStopImports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OneStopFigures_From",
                table: "OneStopFigures",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_OneStopFigures_UnitId_From",
                table: "OneStopFigures",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_OneStopImports_UnitId_CreatedAt",
                table: "OneStopImports",
                columns: new[] { "UnitId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OneStopFigures");

            migrationBuilder.DropTable(
                name: "OneStopImports");
        }
    }
}
