using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegacyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceDocumentId",
                table: "IndicatorValues",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LegacyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceEncoding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Pages = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Restored = table.Column<bool>(type: "boolean", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ParentBody = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PlaceOfIssue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DateOfIssue = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SignerName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Addressee = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegacyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegacyReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegacyReportContents",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    File = table.Column<byte[]>(type: "bytea", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    RestoredText = table.Column<string>(type: "text", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegacyReportContents", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_LegacyReportContents_LegacyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "LegacyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegacyReportFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Measure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Include = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegacyReportFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegacyReportFigures_LegacyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "LegacyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegacyReportFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyReportFigures_ReportId_Order",
                table: "LegacyReportFigures",
                columns: new[] { "ReportId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegacyReportFigures_UnitId",
                table: "LegacyReportFigures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LegacyReports_UnitId_Sha256",
                table: "LegacyReports",
                columns: new[] { "UnitId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyReports_UnitId_UploadedAt",
                table: "LegacyReports",
                columns: new[] { "UnitId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegacyReportContents");

            migrationBuilder.DropTable(
                name: "LegacyReportFigures");

            migrationBuilder.DropTable(
                name: "LegacyReports");

            migrationBuilder.DropColumn(
                name: "SourceDocumentId",
                table: "IndicatorValues");
        }
    }
}
