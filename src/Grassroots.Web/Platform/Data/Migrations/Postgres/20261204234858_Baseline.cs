using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IsDayOff = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MinimumPostingDays = table.Column<int>(type: "integer", nullable: false),
                    LoudspeakerDays = table.Column<int>(type: "integer", nullable: false),
                    IsMandatory = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LineageEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PetitionAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    IsConfidential = table.Column<bool>(type: "boolean", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionAttachment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PetitionCase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionCase", x => x.Id);
                });

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
                name: "ReportReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsRemoteArea = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Position = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    HomeUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Units_HomeUnitId",
                        column: x => x.HomeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Commenters = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CommentCount = table.Column<long>(type: "bigint", nullable: false),
                    SummaryIntro = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SummaryPublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Conventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                name: "DecisionMatters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Details = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Forms = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    BallotChosenByChairman = table.Column<bool>(type: "boolean", nullable: false),
                    OnlineAgreed = table.Column<bool>(type: "boolean", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MeetingHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingHouseholdsPresent = table.Column<int>(type: "integer", nullable: true),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecognisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecognisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RecognitionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HouseholdsAtRecognition = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionMatters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionMatters_Units_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Forms = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    PostedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PostedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    LoudspeakerDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_DisclosureCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "DisclosureCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RepresentativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    VoteCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RepresentativeAccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Households_Units_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineageLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromUnitId = table.Column<int>(type: "integer", nullable: false),
                    ToUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsPrimary = table.Column<bool>(type: "boolean", nullable: false),
                    OldName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NewName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OldParentId = table.Column<int>(type: "integer", nullable: true),
                    NewParentId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineageLinks_LineageEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "LineageEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LineageLinks_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineageLinks_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Petition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SignerCount = table.Column<int>(type: "integer", nullable: false),
                    PetitionerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    PetitionerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PetitionerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PetitionerEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ProtectedIdentity = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "boolean", nullable: false),
                    IsEligible = table.Column<bool>(type: "boolean", nullable: true),
                    IneligibleReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsInCompetence = table.Column<bool>(type: "boolean", nullable: true),
                    IsComplex = table.Column<bool>(type: "boolean", nullable: false),
                    Extensions = table.Column<int>(type: "integer", nullable: false),
                    ExternalBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FirstInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Petition_PetitionCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PetitionCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "ReportPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportPeriods_ReportTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ReportTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportPeriods_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearEndMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    InvitationsSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HouseholdsPresent = table.Column<int>(type: "integer", nullable: true),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndMeetings_Units_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleGrants_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationCommentGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Comments = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Response = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationCommentGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationCommentGroups_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComments_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConventionVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    AmendmentSummary = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommentsUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: true),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VotesInFavour = table.Column<int>(type: "integer", nullable: true),
                    HouseholdsAtAdoption = table.Column<int>(type: "integer", nullable: true),
                    VillageHead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FrontHead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FirstSignerHouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstSigner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SecondSignerHouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    SecondSigner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FileDocuments = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    FileCompleteOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AbandonReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "DecisionOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionOptions_DecisionMatters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "DecisionMatters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisclosureId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_DisclosureAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureAttachments_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionDeadline",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LimitDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    RunningSince = table.Column<DateOnly>(type: "date", nullable: true),
                    UsedDays = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueRecordedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionDeadline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionDeadline_Petition_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionEvent_Petition_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    VisitorIdNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    IdentityProtected = table.Column<bool>(type: "boolean", nullable: false),
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

            migrationBuilder.CreateTable(
                name: "ReportPeriodUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPeriodUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportPeriodUnits_ReportPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportPeriodUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Prose = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssuingBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ParentBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitReports_ReportPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    OptionId = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CastAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionVotes_DecisionMatters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "DecisionMatters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionVotes_DecisionOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "DecisionOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionVotes_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "DisclosureCategories",
                columns: new[] { "Id", "Article", "Audience", "IsMandatory", "LoudspeakerDays", "MinimumPostingDays", "Name", "Note", "Number" },
                values: new object[,]
                {
                    { 1, "Khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Kế hoạch phát triển kinh tế - xã hội hằng năm của cấp xã và kết quả thực hiện", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 1 },
                    { 2, "Khoản 2 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Dự toán ngân sách, tình hình thực hiện dự toán (quý, 6 tháng, năm) và quyết toán ngân sách cấp xã", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 2 },
                    { 3, "Khoản 3 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Chương trình, dự án, công trình đầu tư công trên địa bàn: chủ đầu tư, mức vốn, tiến độ thực hiện", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 3 },
                    { 4, "Khoản 4 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Quy hoạch, kế hoạch sử dụng đất và quỹ đất công ích của cấp xã", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 4 },
                    { 5, "Khoản 5 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Quy hoạch xây dựng, quy hoạch khu dân cư trên địa bàn và việc điều chỉnh quy hoạch", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 5 },
                    { 6, "Khoản 6 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Thu hồi đất, phương án bồi thường, hỗ trợ, tái định cư trên địa bàn", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 6 },
                    { 7, "Khoản 7 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Việc quản lý, sử dụng các khoản đóng góp của Nhân dân, quỹ và nguồn tài trợ trên địa bàn", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 7 },
                    { 8, "Khoản 8 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác do cấp xã trực tiếp thu", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 8 },
                    { 9, "Khoản 9 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Đối tượng, mức hưởng chính sách an sinh xã hội: hộ nghèo, hộ cận nghèo, trợ cấp, hỗ trợ nhà ở", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 9 },
                    { 10, "Khoản 10 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Thủ tục hành chính và việc giải quyết công việc của người dân do cấp xã thực hiện", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 10 },
                    { 11, "Khoản 11 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực của cán bộ xã, thôn", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 11 },
                    { 12, "Khoản 12 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Kết quả tiếp thu ý kiến của Nhân dân đối với những nội dung cấp xã đưa ra lấy ý kiến", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 12 },
                    { 13, "Khoản 13 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính; đặt, đổi tên thôn, tổ dân phố", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 13 },
                    { 14, "Khoản 14 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Kết quả lấy phiếu tín nhiệm các chức danh do Hội đồng nhân dân cấp xã bầu và nội dung khác theo quy định của pháp luật", "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).", 14 },
                    { 101, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Chủ trương, chính sách, pháp luật của Nhà nước liên quan đến công việc của cơ quan, đơn vị và quyền lợi của cán bộ, công chức, viên chức, người lao động", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 1 },
                    { 102, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Kế hoạch công tác hằng năm, quý, tháng của cơ quan, đơn vị và kết quả thực hiện", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 2 },
                    { 103, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Kinh phí hoạt động hằng năm (ngân sách cấp và các nguồn tài chính khác), quyết toán kinh phí; quy chế chi tiêu nội bộ; quản lý, sử dụng tài sản, trang thiết bị", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 3 },
                    { 104, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Chỉ tiêu, tiêu chuẩn, điều kiện, quy trình và kết quả tuyển dụng cán bộ, công chức, viên chức, người lao động", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 4 },
                    { 105, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Quy hoạch, đào tạo, bồi dưỡng, điều động, luân chuyển, bổ nhiệm, bổ nhiệm lại, miễn nhiệm cán bộ lãnh đạo, quản lý", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 5 },
                    { 106, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Nâng ngạch, thăng hạng, nâng lương và chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 6 },
                    { 107, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Kết quả đánh giá, xếp loại chất lượng; thi đua, khen thưởng", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 7 },
                    { 108, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Kỷ luật cán bộ, công chức, viên chức, người lao động", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 8 },
                    { 109, "Điều 39 Luật Phòng, chống tham nhũng 2018; Nghị định 130/2020/NĐ-CP", "Agency", true, 0, 15, "Bản kê khai tài sản, thu nhập của người có nghĩa vụ kê khai", "Niêm yết bản kê khai tại cơ quan, đơn vị tối thiểu 15 ngày theo Nghị định 130/2020/NĐ-CP (chưa đối chiếu nguyên văn). Luật 10/2022/QH15 cũng nêu kết quả kê khai trong nội dung công khai (số điều chưa xác định).", 9 },
                    { 110, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Kết quả thanh tra, kiểm tra, kiểm toán; giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực trong cơ quan, đơn vị đã có kết luận", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 10 },
                    { 111, "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Agency", true, 0, 30, "Nội quy, quy chế làm việc và quy chế thực hiện dân chủ của cơ quan, đơn vị", "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).", 11 },
                    { 201, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Kế hoạch và tình hình sản xuất, kinh doanh của doanh nghiệp", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 1 },
                    { 202, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Nội quy lao động, quy chế và các quy định nội bộ liên quan đến quyền, nghĩa vụ, lợi ích của người lao động", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 2 },
                    { 203, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Thang lương, bảng lương, định mức lao động, quy chế trả lương, trả thưởng", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 3 },
                    { 204, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Việc giao kết, thực hiện hợp đồng lao động; điều kiện làm việc, an toàn, vệ sinh lao động", "Mục thêm theo yêu cầu nghiệp vụ; chưa tìm thấy nguyên văn trong danh mục của Nghị định 145/2020/NĐ-CP — quản trị viên xem xét giữ hay bỏ. Thời gian niêm yết tối thiểu mặc định một ngày.", 4 },
                    { 205, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Thỏa ước lao động tập thể mà doanh nghiệp tham gia", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 5 },
                    { 206, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 6 },
                    { 207, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 7 },
                    { 208, "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019", "Enterprise", true, 0, 1, "Tình hình thực hiện thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo liên quan đến quyền, nghĩa vụ, lợi ích của người lao động", "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP (số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.", 8 },
                    { 209, "Khoản 3 Điều 48 Nghị định 145/2020/NĐ-CP", "Enterprise", true, 0, 1, "Quy chế dân chủ ở cơ sở tại nơi làm việc", "Đối chiếu qua bản thứ cấp: quy chế dân chủ ở cơ sở tại nơi làm việc phải được phổ biến công khai tới người lao động. Thời gian niêm yết tối thiểu mặc định một ngày.", 9 },
                    { 210, "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (doanh nghiệp nhà nước)", "Enterprise", false, 0, 1, "Báo cáo tài chính năm; kết quả thanh tra, kiểm tra, kiểm toán của doanh nghiệp nhà nước", "Bắt buộc đối với doanh nghiệp nhà nước theo Luật 10/2022/QH15 (chưa đối chiếu nguyên văn). Cây đơn vị chưa phân biệt doanh nghiệp nhà nước với doanh nghiệp ngoài nhà nước, nên mục này không tính vào đánh giá.", 10 },
                    { 211, "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (doanh nghiệp nhà nước)", "Enterprise", false, 0, 1, "Tuyển dụng, đào tạo, bổ nhiệm người quản lý; tiền lương, thù lao, tiền thưởng của người quản lý doanh nghiệp nhà nước", "Bắt buộc đối với doanh nghiệp nhà nước theo Luật 10/2022/QH15 (chưa đối chiếu nguyên văn). Cây đơn vị chưa phân biệt doanh nghiệp nhà nước với doanh nghiệp ngoài nhà nước, nên mục này không tính vào đánh giá.", 11 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TokenHash",
                table: "ApiTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_HomeUnitId",
                table: "AspNetUsers",
                column: "HomeUnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId_At",
                table: "AuditEntries",
                columns: new[] { "UnitId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_At",
                table: "AuditEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Date",
                table: "CalendarOverrides",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationCommentGroups_ConsultationId_Order",
                table: "ConsultationCommentGroups",
                columns: new[] { "ConsultationId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComments_ConsultationId_Id",
                table: "ConsultationComments",
                columns: new[] { "ConsultationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_UnitId_OpensOn",
                table: "Consultations",
                columns: new[] { "UnitId", "OpensOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_DecisionMatters_CommunityId_OpensOn",
                table: "DecisionMatters",
                columns: new[] { "CommunityId", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionOptions_MatterId",
                table: "DecisionOptions",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionVotes_HouseholdId",
                table: "DecisionVotes",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionVotes_MatterId_HouseholdId",
                table: "DecisionVotes",
                columns: new[] { "MatterId", "HouseholdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionVotes_OptionId",
                table: "DecisionVotes",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureAttachments_DisclosureId",
                table: "DisclosureAttachments",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureCategories_Audience_Number",
                table: "DisclosureCategories",
                columns: new[] { "Audience", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CategoryId",
                table: "Disclosures",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_UnitId_PostedFrom",
                table: "Disclosures",
                columns: new[] { "UnitId", "PostedFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_CommunityId_Number",
                table: "Households",
                columns: new[] { "CommunityId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Households_RepresentativeAccountId",
                table: "Households",
                column: "RepresentativeAccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Households_VoteCode",
                table: "Households",
                column: "VoteCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_To_From",
                table: "IndicatorValues",
                columns: new[] { "To", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_UnitId_Key_From_To",
                table: "IndicatorValues",
                columns: new[] { "UnitId", "Key", "From", "To" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LineageEvents_EffectiveDate",
                table: "LineageEvents",
                column: "EffectiveDate");

            migrationBuilder.CreateIndex(
                name: "IX_LineageLinks_EventId",
                table: "LineageLinks",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_LineageLinks_FromUnitId_Kind",
                table: "LineageLinks",
                columns: new[] { "FromUnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_LineageLinks_ToUnitId_Kind",
                table: "LineageLinks",
                columns: new[] { "ToUnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CaseId",
                table: "Petition",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_Figures",
                table: "Petition",
                columns: new[] { "UnitId", "ReceivedOn", "Kind", "Status", "IsEligible", "IsInCompetence", "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_TrackingCode",
                table: "Petition",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petition_UnitId_Status",
                table: "Petition",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionAttachment_PetitionId",
                table: "PetitionAttachment",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCase_UnitId",
                table: "PetitionCase",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDeadline_PetitionId_Rule",
                table: "PetitionDeadline",
                columns: new[] { "PetitionId", "Rule" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDeadline_State_DueOn_StartedOn_EndedOn_PetitionId",
                table: "PetitionDeadline",
                columns: new[] { "State", "DueOn", "StartedOn", "EndedOn", "PetitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionEvent_PetitionId_Id",
                table: "PetitionEvent",
                columns: new[] { "PetitionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionEvent_UnitId_On_Kind_PetitionId",
                table: "PetitionEvent",
                columns: new[] { "UnitId", "On", "Kind", "PetitionId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_OwnerUnitId",
                table: "ReportPeriods",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_Status_DueOn",
                table: "ReportPeriods",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_TemplateId",
                table: "ReportPeriods",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriodUnits_PeriodId_UnitId",
                table: "ReportPeriodUnits",
                columns: new[] { "PeriodId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriodUnits_UnitId",
                table: "ReportPeriodUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportReminders_PeriodId_UnitId_Kind",
                table: "ReportReminders",
                columns: new[] { "PeriodId", "UnitId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTemplates_Key_Version",
                table: "ReportTemplates",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_UnitId",
                table: "RoleGrants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_UserId_UnitId_Role",
                table: "RoleGrants",
                columns: new[] { "UserId", "UnitId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_PeriodId_UnitId",
                table: "UnitReports",
                columns: new[] { "PeriodId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_UnitId",
                table: "UnitReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Path",
                table: "Units",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndMeetings_CommunityId_Year",
                table: "YearEndMeetings",
                columns: new[] { "CommunityId", "Year" },
                unique: true);

            // The audit log is append-only, whatever code or tool writes to the database.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'AuditEntries is append-only'; END; $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);

            // Seeded rows carry their ids, which an identity column does not count: items administrators add must start after them.
            migrationBuilder.Sql("""SELECT setval(pg_get_serial_sequence('"DisclosureCategories"', 'Id'), (SELECT MAX("Id") FROM "DisclosureCategories"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_append_only\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only();");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarOverrides");

            migrationBuilder.DropTable(
                name: "ConsultationCommentGroups");

            migrationBuilder.DropTable(
                name: "ConsultationComments");

            migrationBuilder.DropTable(
                name: "ConventionVersions");

            migrationBuilder.DropTable(
                name: "DecisionVotes");

            migrationBuilder.DropTable(
                name: "DisclosureAttachments");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "LineageLinks");

            migrationBuilder.DropTable(
                name: "PetitionAttachment");

            migrationBuilder.DropTable(
                name: "PetitionDeadline");

            migrationBuilder.DropTable(
                name: "PetitionEvent");

            migrationBuilder.DropTable(
                name: "ReceptionScheduleEntry");

            migrationBuilder.DropTable(
                name: "ReceptionVisit");

            migrationBuilder.DropTable(
                name: "ReportPeriodUnits");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "RoleGrants");

            migrationBuilder.DropTable(
                name: "UnitReports");

            migrationBuilder.DropTable(
                name: "YearEndMeetings");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Conventions");

            migrationBuilder.DropTable(
                name: "DecisionOptions");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "LineageEvents");

            migrationBuilder.DropTable(
                name: "Petition");

            migrationBuilder.DropTable(
                name: "ReceptionSession");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ReportPeriods");

            migrationBuilder.DropTable(
                name: "DecisionMatters");

            migrationBuilder.DropTable(
                name: "DisclosureCategories");

            migrationBuilder.DropTable(
                name: "PetitionCase");

            migrationBuilder.DropTable(
                name: "ReportTemplates");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
