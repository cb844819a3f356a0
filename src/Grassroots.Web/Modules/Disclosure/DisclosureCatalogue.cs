namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// The fourteen kinds of information a commune discloses (L10 Điều 11), as first seeded. The wording was gathered
/// from secondary copies (LEGAL.md: verify against the gazette); administrators correct it in the catalogue page.
/// Posting lasts at least 30 days (L10 Điều 12; Luật Tiếp cận thông tin Điều 21); items 7–12 are also read on the
/// commune loudspeaker for at least 3 consecutive days (L10 Điều 12).
/// </summary>
public static class DisclosureCatalogue
{
    public const int DefaultPostingDays = 30;
    public const int DefaultLoudspeakerDays = 3;

    private static DisclosureCategory Item(int n, string name) => new()
    {
        Id = n,
        Number = n,
        Name = name,
        Article = $"Khoản {n} Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15",
        Audience = DisclosureAudience.Commune,
        MinimumPostingDays = DefaultPostingDays,
        LoudspeakerDays = n is >= 7 and <= 12 ? DefaultLoudspeakerDays : 0,
        IsMandatory = true,
    };

    public static DisclosureCategory[] Commune { get; } =
    [
        Item(1, "Kế hoạch phát triển kinh tế - xã hội hằng năm của cấp xã và kết quả thực hiện"),
        Item(2, "Dự toán ngân sách, tình hình thực hiện dự toán (quý, 6 tháng, năm) và quyết toán ngân sách cấp xã"),
        Item(3, "Chương trình, dự án, công trình đầu tư công trên địa bàn: chủ đầu tư, mức vốn, tiến độ thực hiện"),
        Item(4, "Quy hoạch, kế hoạch sử dụng đất và quỹ đất công ích của cấp xã"),
        Item(5, "Quy hoạch xây dựng, quy hoạch khu dân cư trên địa bàn và việc điều chỉnh quy hoạch"),
        Item(6, "Thu hồi đất, phương án bồi thường, hỗ trợ, tái định cư trên địa bàn"),
        Item(7, "Việc quản lý, sử dụng các khoản đóng góp của Nhân dân, quỹ và nguồn tài trợ trên địa bàn"),
        Item(8, "Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác do cấp xã trực tiếp thu"),
        Item(9, "Đối tượng, mức hưởng chính sách an sinh xã hội: hộ nghèo, hộ cận nghèo, trợ cấp, hỗ trợ nhà ở"),
        Item(10, "Thủ tục hành chính và việc giải quyết công việc của người dân do cấp xã thực hiện"),
        Item(11, "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực của cán bộ xã, thôn"),
        Item(12, "Kết quả tiếp thu ý kiến của Nhân dân đối với những nội dung cấp xã đưa ra lấy ý kiến"),
        Item(13, "Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính; đặt, đổi tên thôn, tổ dân phố"),
        Item(14, "Kết quả lấy phiếu tín nhiệm các chức danh do Hội đồng nhân dân cấp xã bầu và nội dung khác theo quy định của pháp luật"),
    ];
}
