using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>The statistics layout and the dossier list as empty workbooks: the headers the importer reads (README).</summary>
public static class OneStopTemplate
{
    public static readonly string[] StatisticsHeaders =
    [
        "Mã đơn vị", "Tên đơn vị", "Tháng", "Kỳ trước chuyển qua", "Tiếp nhận trực tuyến", "Tiếp nhận qua bưu chính", "Tiếp nhận trực tiếp",
        "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn",
        "Trả lại, bổ sung, từ chối", "Số hóa hồ sơ", "Số hóa kết quả", "Phát sinh phí, lệ phí", "Thanh toán trực tuyến",
    ];

    public static readonly string[] DossierHeaders =
    [
        "Mã đơn vị", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Kênh", "Trạng thái",
        "Đã số hóa", "Kết quả đã số hóa", "Có phí", "Thanh toán trực tuyến (có/không)",
    ];

    public static byte[] Statistics() => new Spreadsheet()
        .Sheet("Thống kê", ["THỐNG KÊ TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"], [.. StatisticsHeaders.Select(h => new SheetColumn(h, 14))], [])
        .Sheet("Hồ sơ", ["DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH"], [.. DossierHeaders.Select(h => new SheetColumn(h, 14))], [])
        .ToBytes();
}
