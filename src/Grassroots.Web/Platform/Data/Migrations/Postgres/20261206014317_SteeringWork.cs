using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SteeringWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SteeringDocumentCounters",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Series = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringDocumentCounters", x => new { x.UnitId, x.IssuingBody, x.Year, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "SteeringDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Series = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NumberAndSymbol = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DraftingOffice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Implements = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImplementsId = table.Column<Guid>(type: "uuid", nullable: true),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Sender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringDocuments_SteeringDocuments_ImplementsId",
                        column: x => x.ImplementsId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringDocuments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringCommittees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RulesDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringCommittees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringCommittees_SteeringDocuments_RulesDocumentId",
                        column: x => x.RulesDocumentId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringCommittees_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringInspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Team = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringInspections_SteeringDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringInspections_SteeringDocuments_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringInspections_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringPlans_SteeringDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringPlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Joined = table.Column<int>(type: "integer", nullable: false),
                    Left = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeChanges_SteeringCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "SteeringCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitteeChanges_SteeringDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Chair = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_SteeringCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "SteeringCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Responsibility = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AreaUnitId = table.Column<int>(type: "integer", nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeMembers_SteeringCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "SteeringCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitteeMembers_Units_AreaUnitId",
                        column: x => x.AreaUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringInspectedUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringInspectedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringInspectedUnits_SteeringInspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "SteeringInspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SteeringInspectedUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ItemNumber = table.Column<int>(type: "integer", nullable: true),
                    AssigneeUnitId = table.Column<int>(type: "integer", nullable: false),
                    AssigneeMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Coordinators = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExpectedOutput = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringTasks_CommitteeMembers_AssigneeMemberId",
                        column: x => x.AssigneeMemberId,
                        principalTable: "CommitteeMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringTasks_SteeringDocuments_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "SteeringDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringTasks_SteeringPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SteeringPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringTasks_Units_AssigneeUnitId",
                        column: x => x.AssigneeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteeringTasks_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SteeringTaskProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Completes = table.Column<bool>(type: "boolean", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteeringTaskProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteeringTaskProgress_SteeringTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SteeringTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeChanges_CommitteeId_EffectiveOn",
                table: "CommitteeChanges",
                columns: new[] { "CommitteeId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeChanges_DocumentId",
                table: "CommitteeChanges",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_CommitteeId",
                table: "CommitteeMeetings",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_UnitId_HeldOn",
                table: "CommitteeMeetings",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMembers_AreaUnitId",
                table: "CommitteeMembers",
                column: "AreaUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMembers_CommitteeId_To",
                table: "CommitteeMembers",
                columns: new[] { "CommitteeId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringCommittees_RulesDocumentId",
                table: "SteeringCommittees",
                column: "RulesDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringCommittees_UnitId",
                table: "SteeringCommittees",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SteeringDocuments_ImplementsId",
                table: "SteeringDocuments",
                column: "ImplementsId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringDocuments_UnitId_IssuedOn",
                table: "SteeringDocuments",
                columns: new[] { "UnitId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringDocuments_UnitId_IssuingBody_Year_Series_Number",
                table: "SteeringDocuments",
                columns: new[] { "UnitId", "IssuingBody", "Year", "Series", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SteeringInspectedUnits_InspectionId_UnitId",
                table: "SteeringInspectedUnits",
                columns: new[] { "InspectionId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SteeringInspectedUnits_UnitId",
                table: "SteeringInspectedUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringInspections_DocumentId",
                table: "SteeringInspections",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringInspections_NoticeId",
                table: "SteeringInspections",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringInspections_UnitId_From",
                table: "SteeringInspections",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringPlans_DocumentId",
                table: "SteeringPlans",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringPlans_UnitId_From",
                table: "SteeringPlans",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTaskProgress_TaskId",
                table: "SteeringTaskProgress",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_AssigneeMemberId",
                table: "SteeringTasks",
                column: "AssigneeMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_AssigneeUnitId_DueOn",
                table: "SteeringTasks",
                columns: new[] { "AssigneeUnitId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_NoticeId",
                table: "SteeringTasks",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_OwnerUnitId_DueOn",
                table: "SteeringTasks",
                columns: new[] { "OwnerUnitId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_PlanId",
                table: "SteeringTasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SteeringTasks_State_DueOn",
                table: "SteeringTasks",
                columns: new[] { "State", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeChanges");

            migrationBuilder.DropTable(
                name: "CommitteeMeetings");

            migrationBuilder.DropTable(
                name: "SteeringDocumentCounters");

            migrationBuilder.DropTable(
                name: "SteeringInspectedUnits");

            migrationBuilder.DropTable(
                name: "SteeringTaskProgress");

            migrationBuilder.DropTable(
                name: "SteeringInspections");

            migrationBuilder.DropTable(
                name: "SteeringTasks");

            migrationBuilder.DropTable(
                name: "CommitteeMembers");

            migrationBuilder.DropTable(
                name: "SteeringPlans");

            migrationBuilder.DropTable(
                name: "SteeringCommittees");

            migrationBuilder.DropTable(
                name: "SteeringDocuments");
        }
    }
}
