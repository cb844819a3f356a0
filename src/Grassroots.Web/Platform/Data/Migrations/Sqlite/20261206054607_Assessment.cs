using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Assessed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StandardName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssuingDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExcellentFrom = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    GoodFrom = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    CompletedFrom = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    PassFrom = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    SelfAssessmentDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResultsPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    IssuingDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Scoring = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FullAt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceHint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsGroup = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PrefilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SelfTotal = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppraisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppraisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisedTotal = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    FinalTotal = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Council = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppealDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDueExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Appeal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppealAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealAnswer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    SelfNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Figure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    FigureSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    AppraisalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
