using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarriedOver = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOnline = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedByPost = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAtCounter = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledEarly = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledLate = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Returned = table.Column<int>(type: "INTEGER", nullable: false),
                    DigitisedReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    DigitisedResults = table.Column<int>(type: "INTEGER", nullable: false),
                    Payable = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOnline = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures = table.Column<int>(type: "INTEGER", nullable: false),
                    Replaced = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
