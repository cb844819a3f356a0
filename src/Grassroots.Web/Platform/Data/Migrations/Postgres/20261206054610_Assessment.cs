using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CriteriaSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Edition = table.Column<int>(type: "integer", nullable: false),
                    PreviousId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Assessed = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StandardName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssuingDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExcellentFrom = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    GoodFrom = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    CompletedFrom = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PassFrom = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    SelfAssessmentDays = table.Column<int>(type: "integer", nullable: false),
                    AppealDays = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueExplanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResultsPublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaxPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaSets_Units_IssuerUnitId",
                        column: x => x.IssuerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandardTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    StandardName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    IssuingDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardTargets_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Scoring = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FullAt = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceHint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsGroup = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentCriteria_CriteriaSets_SetId",
                        column: x => x.SetId,
                        principalTable: "CriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    HeadName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PrefilledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SelfTotal = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppraisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppraisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AppraisedTotal = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    FinalTotal = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Council = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AppealDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDueExplanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Appeal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AppealAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealAnswer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_CriteriaSets_SetId",
                        column: x => x.SetId,
                        principalTable: "CriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_UnitAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    SelfNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Figure = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FigureSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    AppraisalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_UnitAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCriteria_SetId_Position",
                table: "AssessmentCriteria",
                columns: new[] { "SetId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessmentId_CriterionId",
                table: "AssessmentEvidence",
                columns: new[] { "AssessmentId", "CriterionId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_CriterionId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaSets_IssuerUnitId_Year_Purpose_Edition",
                table: "CriteriaSets",
                columns: new[] { "IssuerUnitId", "Year", "Purpose", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardTargets_UnitId_StandardName_Year",
                table: "StandardTargets",
                columns: new[] { "UnitId", "StandardName", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_SetId_UnitId",
                table: "UnitAssessments",
                columns: new[] { "SetId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_Status_DueOn",
                table: "UnitAssessments",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_UnitId_DecidedOn",
                table: "UnitAssessments",
                columns: new[] { "UnitId", "DecidedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentCriteria");

            migrationBuilder.DropTable(
                name: "AssessmentEvidence");

            migrationBuilder.DropTable(
                name: "AssessmentScores");

            migrationBuilder.DropTable(
                name: "StandardTargets");

            migrationBuilder.DropTable(
                name: "UnitAssessments");

            migrationBuilder.DropTable(
                name: "CriteriaSets");
        }
    }
}
