namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// The catalogues of what must be disclosed, one per audience, as first seeded. The wording was gathered from secondary
/// copies (docs/legal.md, "Disclosure": verify against the gazette): every item says in its note what was not verified, and administrators
/// of the nation unit correct items, notes and posting days on the catalogue page when the law changes.
/// </summary>
public static class DisclosureCatalogue
{
    public const int DefaultPostingDays = 30;
    public const int DefaultLoudspeakerDays = 3;

    /// <summary>Seeded ids: communes 1–99, agencies 101–199, enterprises 201–299; items added later take the next free id.</summary>
    public const int AgencyIds = 100;

    public const int EnterpriseIds = 200;

    /// <summary>
    /// The catalogue a unit answers to: communes, wards, townships and special zones to their residents (L10 Điều 11);
    /// state agencies and public service units to their staff (L10, democracy in agencies and units); enterprises to
    /// their workers (BLLĐ 2019 Điều 63, NĐ 145/2020 Chương V). Provinces, districts and villages disclose through their
    /// communes and agencies; mass organisations follow their own charters: none of them has a catalogue here.
    /// </summary>
    public static DisclosureAudience? AudienceOf(UnitKind kind) => kind switch
    {
        UnitKind.Commune or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone => DisclosureAudience.Commune,
        UnitKind.Agency or UnitKind.PublicServiceUnit => DisclosureAudience.Agency,
        UnitKind.Enterprise => DisclosureAudience.Enterprise,
        UnitKind.Nation or UnitKind.Province or UnitKind.District or UnitKind.ResidentialCommunity or UnitKind.Organisation => null,
    };

    /// <summary>The unit kinds that answer to an audience's catalogue.</summary>
    public static IReadOnlyList<UnitKind> KindsOf(DisclosureAudience audience) =>
        Enum.GetValues<UnitKind>().Where(k => AudienceOf(k) == audience).ToList();

    private const string CommuneNote =
        "Câu chữ tóm lược Điều 11 Luật 10/2022/QH15 từ bản sao thứ cấp, chưa đối chiếu Công báo. Niêm yết tối thiểu 30 ngày theo Điều 13 "
        + "(cần xác minh; Điều 21 Luật Tiếp cận thông tin cũng quy định 30 ngày); các khoản 7–12 phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục (khoản 3 Điều 13).";

    // L10 Điều 46 (what agencies disclose) and Điều 47 (how and when: at the latest 5 working days after the decision), as
    // the law issue reads them; not read by us (docs/legal.md L10-46-AGENCY). The catalogue once said "Điều 44".
    private const string AgencyArticle = "Điều 46 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15";

    private const string AgencyNote =
        "Chưa đối chiếu nguyên văn: nội dung và số điều (Chương III — thực hiện dân chủ ở cơ quan nhà nước, đơn vị sự nghiệp công lập) "
        + "lấy theo tài liệu thứ cấp. Niêm yết tối thiểu 30 ngày là mặc định theo Điều 21 Luật Tiếp cận thông tin (cần xác minh).";

    private const string EnterpriseArticle = "Nghị định 145/2020/NĐ-CP, Chương V; khoản 3 Điều 63 Bộ luật Lao động 2019";

    private const string EnterpriseNote =
        "Chưa đối chiếu nguyên văn: danh mục nội dung người sử dụng lao động phải công khai thuộc Chương V Nghị định 145/2020/NĐ-CP "
        + "(số điều chưa xác định; Điều 48 là trách nhiệm ban hành quy chế dân chủ). Pháp luật lao động không quy định thời gian niêm yết "
        + "tối thiểu: mặc định một ngày, tức đã công khai bằng một hình thức là đạt.";

    private const string StateEnterpriseNote =
        "Bắt buộc đối với doanh nghiệp nhà nước theo Luật 10/2022/QH15 (chưa đối chiếu nguyên văn). Cây đơn vị chưa phân biệt doanh nghiệp "
        + "nhà nước với doanh nghiệp ngoài nhà nước, nên mục này không tính vào đánh giá.";

    private static DisclosureCategory CommuneItem(int n, string name) => new()
    {
        Id = n,
        Number = n,
        Name = name,
        Article = $"Khoản {n} Điều 11 Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15",
        Audience = DisclosureAudience.Commune,
        MinimumPostingDays = DefaultPostingDays,
        LoudspeakerDays = n is >= 7 and <= 12 ? DefaultLoudspeakerDays : 0,
        IsMandatory = true,
        Note = CommuneNote,
    };

    private static DisclosureCategory AgencyItem(int n, string name, string? article = null, int days = DefaultPostingDays, string? note = null) => new()
    {
        Id = AgencyIds + n,
        Number = n,
        Name = name,
        Article = article ?? AgencyArticle,
        Audience = DisclosureAudience.Agency,
        MinimumPostingDays = days,
        LoudspeakerDays = 0,
        IsMandatory = true,
        Note = note ?? AgencyNote,
    };

    private static DisclosureCategory EnterpriseItem(int n, string name, string? article = null, bool mandatory = true, string? note = null) => new()
    {
        Id = EnterpriseIds + n,
        Number = n,
        Name = name,
        Article = article ?? EnterpriseArticle,
        Audience = DisclosureAudience.Enterprise,
        MinimumPostingDays = 1,
        LoudspeakerDays = 0,
        IsMandatory = mandatory,
        Note = note ?? EnterpriseNote,
    };

    /// <summary>The fourteen kinds of information a commune discloses (L10 Điều 11); items 7–12 also on the loudspeaker (Điều 13 khoản 3).</summary>
    public static DisclosureCategory[] Commune { get; } =
    [
        CommuneItem(1, "Kế hoạch phát triển kinh tế - xã hội hằng năm của cấp xã và kết quả thực hiện"),
        CommuneItem(2, "Dự toán ngân sách, tình hình thực hiện dự toán (quý, 6 tháng, năm) và quyết toán ngân sách cấp xã"),
        CommuneItem(3, "Chương trình, dự án, công trình đầu tư công trên địa bàn: chủ đầu tư, mức vốn, tiến độ thực hiện"),
        CommuneItem(4, "Quy hoạch, kế hoạch sử dụng đất và quỹ đất công ích của cấp xã"),
        CommuneItem(5, "Quy hoạch xây dựng, quy hoạch khu dân cư trên địa bàn và việc điều chỉnh quy hoạch"),
        CommuneItem(6, "Thu hồi đất, phương án bồi thường, hỗ trợ, tái định cư trên địa bàn"),
        CommuneItem(7, "Việc quản lý, sử dụng các khoản đóng góp của Nhân dân, quỹ và nguồn tài trợ trên địa bàn"),
        CommuneItem(8, "Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác do cấp xã trực tiếp thu"),
        CommuneItem(9, "Đối tượng, mức hưởng chính sách an sinh xã hội: hộ nghèo, hộ cận nghèo, trợ cấp, hỗ trợ nhà ở"),
        CommuneItem(10, "Thủ tục hành chính và việc giải quyết công việc của người dân do cấp xã thực hiện"),
        CommuneItem(11, "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực của cán bộ xã, thôn"),
        CommuneItem(12, "Kết quả tiếp thu ý kiến của Nhân dân đối với những nội dung cấp xã đưa ra lấy ý kiến"),
        CommuneItem(13, "Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính; đặt, đổi tên thôn, tổ dân phố"),
        CommuneItem(14, "Kết quả lấy phiếu tín nhiệm các chức danh do Hội đồng nhân dân cấp xã bầu và nội dung khác theo quy định của pháp luật"),
    ];

    /// <summary>What a state agency or public service unit discloses to its civil servants, public employees and workers.</summary>
    public static DisclosureCategory[] Agency { get; } =
    [
        AgencyItem(1, "Chủ trương, chính sách, pháp luật của Nhà nước liên quan đến công việc của cơ quan, đơn vị và quyền lợi của cán bộ, công chức, viên chức, người lao động"),
        AgencyItem(2, "Kế hoạch công tác hằng năm, quý, tháng của cơ quan, đơn vị và kết quả thực hiện"),
        AgencyItem(3, "Kinh phí hoạt động hằng năm (ngân sách cấp và các nguồn tài chính khác), quyết toán kinh phí; quy chế chi tiêu nội bộ; quản lý, sử dụng tài sản, trang thiết bị"),
        AgencyItem(4, "Chỉ tiêu, tiêu chuẩn, điều kiện, quy trình và kết quả tuyển dụng cán bộ, công chức, viên chức, người lao động"),
        AgencyItem(5, "Quy hoạch, đào tạo, bồi dưỡng, điều động, luân chuyển, bổ nhiệm, bổ nhiệm lại, miễn nhiệm cán bộ lãnh đạo, quản lý"),
        AgencyItem(6, "Nâng ngạch, thăng hạng, nâng lương và chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động"),
        AgencyItem(7, "Kết quả đánh giá, xếp loại chất lượng; thi đua, khen thưởng"),
        AgencyItem(8, "Kỷ luật cán bộ, công chức, viên chức, người lao động"),
        AgencyItem(9, "Bản kê khai tài sản, thu nhập của người có nghĩa vụ kê khai",
            "Điều 39 Luật Phòng, chống tham nhũng 2018; Nghị định 130/2020/NĐ-CP", 15,
            "Niêm yết bản kê khai tại cơ quan, đơn vị tối thiểu 15 ngày theo Nghị định 130/2020/NĐ-CP (chưa đối chiếu nguyên văn). "
            + "Luật 10/2022/QH15 cũng nêu kết quả kê khai trong nội dung công khai (số điều chưa xác định)."),
        AgencyItem(10, "Kết quả thanh tra, kiểm tra, kiểm toán; giải quyết khiếu nại, tố cáo; vụ việc tham nhũng, tiêu cực trong cơ quan, đơn vị đã có kết luận"),
        AgencyItem(11, "Nội quy, quy chế làm việc và quy chế thực hiện dân chủ của cơ quan, đơn vị"),
    ];

    /// <summary>What an employer discloses to its workers (labour law), with the items only a state enterprise owes.</summary>
    public static DisclosureCategory[] Enterprise { get; } =
    [
        EnterpriseItem(1, "Kế hoạch và tình hình sản xuất, kinh doanh của doanh nghiệp"),
        EnterpriseItem(2, "Nội quy lao động, quy chế và các quy định nội bộ liên quan đến quyền, nghĩa vụ, lợi ích của người lao động"),
        EnterpriseItem(3, "Thang lương, bảng lương, định mức lao động, quy chế trả lương, trả thưởng"),
        EnterpriseItem(4, "Việc giao kết, thực hiện hợp đồng lao động; điều kiện làm việc, an toàn, vệ sinh lao động", note:
            "Mục thêm theo yêu cầu nghiệp vụ; chưa tìm thấy nguyên văn trong danh mục của Nghị định 145/2020/NĐ-CP — quản trị viên xem xét giữ hay bỏ. "
            + "Thời gian niêm yết tối thiểu mặc định một ngày."),
        EnterpriseItem(5, "Thỏa ước lao động tập thể mà doanh nghiệp tham gia"),
        EnterpriseItem(6, "Việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp"),
        EnterpriseItem(7, "Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp"),
        EnterpriseItem(8, "Tình hình thực hiện thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo liên quan đến quyền, nghĩa vụ, lợi ích của người lao động"),
        EnterpriseItem(9, "Quy chế dân chủ ở cơ sở tại nơi làm việc", "Khoản 3 Điều 48 Nghị định 145/2020/NĐ-CP",
            note: "Đối chiếu qua bản thứ cấp: quy chế dân chủ ở cơ sở tại nơi làm việc phải được phổ biến công khai tới người lao động. "
            + "Thời gian niêm yết tối thiểu mặc định một ngày."),
        EnterpriseItem(10, "Báo cáo tài chính năm; kết quả thanh tra, kiểm tra, kiểm toán của doanh nghiệp nhà nước",
            "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (doanh nghiệp nhà nước)", mandatory: false, note: StateEnterpriseNote),
        EnterpriseItem(11, "Tuyển dụng, đào tạo, bổ nhiệm người quản lý; tiền lương, thù lao, tiền thưởng của người quản lý doanh nghiệp nhà nước",
            "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (doanh nghiệp nhà nước)", mandatory: false, note: StateEnterpriseNote),
    ];
}
