using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grassroots.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DisclosureArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 1,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 2,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 3,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 4,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 5,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 6,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 7,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 8,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 9,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 10,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 11,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 12,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 13,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 14,
                column: "Note",
                value: "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 (cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 101,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 102,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 103,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 104,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 105,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 106,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 107,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 108,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 110,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 111,
                column: "Article",
                value: "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 101,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 102,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 103,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 104,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 105,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 106,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 107,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 108,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 110,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");

            migrationBuilder.UpdateData(
                table: "DisclosureCategories",
                keyColumn: "Id",
                keyValue: 111,
                column: "Article",
                value: "Điều 44 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15");
        }
    }
}
