using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reception : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReceptionScheduleEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionScheduleEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionSession_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCrowd = table.Column<bool>(type: "INTEGER", nullable: false),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitorAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_ReceptionSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ReceptionSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionScheduleEntry_UnitId_On",
                table: "ReceptionScheduleEntry",
                columns: new[] { "UnitId", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionSession_UnitId_HeldOn",
                table: "ReceptionSession",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_MatterId",
                table: "ReceptionVisit",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_SessionId",
                table: "ReceptionVisit",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_UnitId",
                table: "ReceptionVisit",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceptionScheduleEntry");

            migrationBuilder.DropTable(
                name: "ReceptionVisit");

            migrationBuilder.DropTable(
                name: "ReceptionSession");
        }
    }
}
