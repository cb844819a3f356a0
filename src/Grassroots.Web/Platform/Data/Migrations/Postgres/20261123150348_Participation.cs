using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Grassroots.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Participation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    IsMandatory = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureCategories", x => x.Id);
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
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                columns: new[] { "Id", "Article", "Audience", "IsMandatory", "LoudspeakerDays", "MinimumPostingDays", "Name", "Number" },
                values: new object[,]
                {
                    { 1, "Khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Kế hoạch phát triển kinh tế - xã hội hằng năm của cấp xã và kết quả thực hiện", 1 },
                    { 2, "Khoản 2 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Dự toán ngân sách, tình hình thực hiện dự toán (quý, 6 tháng, năm) và quyết toán ngân sách cấp xã", 2 },
                    { 3, "Khoản 3 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Chương trình, dự án, công trình đầu tư công trên địa bàn: chủ đầu tư, mức vốn, tiến độ thực hiện", 3 },
                    { 4, "Khoản 4 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Quy hoạch, kế hoạch sử dụng đất và quỹ đất công ích của cấp xã", 4 },
                    { 5, "Khoản 5 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Quy hoạch xây dựng, quy hoạch khu dân cư trên địa bàn và việc điều chỉnh quy hoạch", 5 },
                    { 6, "Khoản 6 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Thu hồi đất, phương án bồi thường, hỗ trợ, tái định cư trên địa bàn", 6 },
                    { 7, "Khoản 7 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Việc quản lý, sử dụng các khoản đóng góp của Nhân dân, quỹ và nguồn tài trợ trên địa bàn", 7 },
                    { 8, "Khoản 8 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác do cấp xã trực tiếp thu", 8 },
                    { 9, "Khoản 9 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Đối tượng, mức hưởng chính sách an sinh xã hội: hộ nghèo, hộ cận nghèo, trợ cấp, hỗ trợ nhà ở", 9 },
                    { 10, "Khoản 10 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Thủ tục hành chính và việc giải quyết công việc của người dân do cấp xã thực hiện", 10 },
                    { 11, "Khoản 11 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực của cán bộ xã, thôn", 11 },
                    { 12, "Khoản 12 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 3, 30, "Kết quả tiếp thu ý kiến của Nhân dân đối với những nội dung cấp xã đưa ra lấy ý kiến", 12 },
                    { 13, "Khoản 13 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính; đặt, đổi tên thôn, tổ dân phố", 13 },
                    { 14, "Khoản 14 Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "Commune", true, 0, 30, "Kết quả lấy phiếu tín nhiệm các chức danh do Hội đồng nhân dân cấp xã bầu và nội dung khác theo quy định của pháp luật", 14 }
                });

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
                name: "IX_Households_VoteCode",
                table: "Households",
                column: "VoteCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearEndMeetings_CommunityId_Year",
                table: "YearEndMeetings",
                columns: new[] { "CommunityId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationCommentGroups");

            migrationBuilder.DropTable(
                name: "ConsultationComments");

            migrationBuilder.DropTable(
                name: "DecisionVotes");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "YearEndMeetings");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "DecisionOptions");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "DisclosureCategories");

            migrationBuilder.DropTable(
                name: "DecisionMatters");
        }
    }
}
