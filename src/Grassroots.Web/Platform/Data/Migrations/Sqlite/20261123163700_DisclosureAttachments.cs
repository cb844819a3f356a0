using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DisclosureAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "DisclosureCategories",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisclosureAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisclosureId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_DisclosureAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureAttachments_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 1,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 2,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 3,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 4,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 5,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 6,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 7,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 8,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 9,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 10,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 11,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 12,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 13,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 14,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 12 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày).");

            migrationBuilder.InsertData(
                table: "DisclosureCategories",
                columns: new[] { "Id", "Article", "Audience", "IsMandatory", "LoudspeakerDays", "MinimumPostingDays", "Name", "Note", "Number" },
                values: new object[,]
                {
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
                name: "IX_DisclosureAttachments_DisclosureId",
                table: "DisclosureAttachments",
                column: "DisclosureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureAttachments");

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 101);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 102);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 103);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 104);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 105);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 106);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 107);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 108);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 109);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 110);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 111);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 201);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 202);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 203);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 204);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 205);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 206);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 207);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 208);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 209);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 210);

            migrationBuilder.DeleteData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 211);

            migrationBuilder.DropColumn(
                name: "Note",
                table: "DisclosureCategories");
        }
    }
}
