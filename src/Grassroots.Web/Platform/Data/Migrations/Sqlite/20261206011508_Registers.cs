using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DanVanModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    YearRegistered = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DanVanModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DanVanModels_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationTeams_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Law = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendances = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachSessions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trainers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DistrictOfficials = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneOfficials = table.Column<int>(type: "INTEGER", nullable: false),
                    Others = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingClasses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingClasses_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Workplaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Staff = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegulationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RegulationIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workplaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workplaces_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DanVanEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_DanVanEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DanVanEvidence_DanVanModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DanVanModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DanVanRecognitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DanVanRecognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DanVanRecognitions_DanVanModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DanVanModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DanVanReplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DanVanReplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DanVanReplications_DanVanModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DanVanModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DanVanReplications_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PartyA = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyB = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PetitionCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agreement = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    PartyASigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyBSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Compliance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FollowedUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCases_MediationTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MediationTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsWoman = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLeader = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationMembers_MediationTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MediationTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutreachAttendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachAttendees_OutreachSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "OutreachSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkplaceConferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkplaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    ChairedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkplaceConferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkplaceConferences_Workplaces_WorkplaceId",
                        column: x => x.WorkplaceId,
                        principalTable: "Workplaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkplaceDialogues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkplaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkplaceDialogues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkplaceDialogues_Workplaces_WorkplaceId",
                        column: x => x.WorkplaceId,
                        principalTable: "Workplaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mediators = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessions_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DanVanEvidence_ModelId",
                table: "DanVanEvidence",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_DanVanModels_UnitId_YearRegistered",
                table: "DanVanModels",
                columns: new[] { "UnitId", "YearRegistered" });

            migrationBuilder.CreateIndex(
                name: "IX_DanVanRecognitions_DecidedOn",
                table: "DanVanRecognitions",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_DanVanRecognitions_ModelId",
                table: "DanVanRecognitions",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_DanVanReplications_ModelId",
                table: "DanVanReplications",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_DanVanReplications_UnitId_StartedOn",
                table: "DanVanReplications",
                columns: new[] { "UnitId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_PetitionId",
                table: "MediationCases",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_ReceivedOn",
                table: "MediationCases",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_TeamId",
                table: "MediationCases",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_UnitId_ReceivedOn",
                table: "MediationCases",
                columns: new[] { "UnitId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationMembers_TeamId",
                table: "MediationMembers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_CaseId",
                table: "MediationSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationTeams_UnitId",
                table: "MediationTeams",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachAttendees_SessionId",
                table: "OutreachAttendees",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachSessions_HeldOn",
                table: "OutreachSessions",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachSessions_UnitId_HeldOn",
                table: "OutreachSessions",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_StartsOn",
                table: "TrainingClasses",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_UnitId_StartsOn",
                table: "TrainingClasses",
                columns: new[] { "UnitId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkplaceConferences_HeldOn",
                table: "WorkplaceConferences",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkplaceConferences_WorkplaceId_Year",
                table: "WorkplaceConferences",
                columns: new[] { "WorkplaceId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkplaceDialogues_HeldOn",
                table: "WorkplaceDialogues",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkplaceDialogues_WorkplaceId",
                table: "WorkplaceDialogues",
                column: "WorkplaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Workplaces_UnitId_Kind",
                table: "Workplaces",
                columns: new[] { "UnitId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DanVanEvidence");

            migrationBuilder.DropTable(
                name: "DanVanRecognitions");

            migrationBuilder.DropTable(
                name: "DanVanReplications");

            migrationBuilder.DropTable(
                name: "MediationMembers");

            migrationBuilder.DropTable(
                name: "MediationSessions");

            migrationBuilder.DropTable(
                name: "OutreachAttendees");

            migrationBuilder.DropTable(
                name: "TrainingClasses");

            migrationBuilder.DropTable(
                name: "WorkplaceConferences");

            migrationBuilder.DropTable(
                name: "WorkplaceDialogues");

            migrationBuilder.DropTable(
                name: "DanVanModels");

            migrationBuilder.DropTable(
                name: "MediationCases");

            migrationBuilder.DropTable(
                name: "OutreachSessions");

            migrationBuilder.DropTable(
                name: "Workplaces");

            migrationBuilder.DropTable(
                name: "MediationTeams");
        }
    }
}
