using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    HeadName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionScheduleEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    IsCrowd = table.Column<bool>(type: "boolean", nullable: false),
                    VisitorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VisitorAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
