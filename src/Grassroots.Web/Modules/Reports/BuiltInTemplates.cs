using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// The two templates shipped with the app, modelled on the seed reports: the six-month report of a
/// grassroots-democracy steering committee (Party format, Đam Rông 2022) and a government
/// mass-mobilisation review (State format, Bình Sơn 2024). Added as version 1 when missing.
/// </summary>
public static class BuiltInTemplates
{
    public const string SteeringSixMonths = "qcdc-6-thang";
    public const string GovernmentReview = "dan-van-chinh-quyen";

    private static TemplateBlock Prose(string key, string hint) => new(BlockKind.Prose, ProseKey: key, Hint: hint);

    /// <summary>The supervision part, which the supervisors (the Fatherland Front, the People's Inspection Board) write too.</summary>
    private static TemplateBlock Supervision(string key, string hint) => new(BlockKind.Prose, ProseKey: key, Hint: hint, Supervision: true);

    private static TemplateBlock Figures(string text, string? footnote = null) => new(BlockKind.Figures, text, footnote);

    private static TemplateBlock Table(params string[] keys) => new(BlockKind.Table, Keys: keys);

    private static TemplateBlock Documents(string text) => new(BlockKind.Documents, text);

    private static TemplateBlock Tasks(string? text = null) => new(BlockKind.Tasks, text);

    public static readonly TemplateBody Steering = new(
        HeaderStyle.Party,
        IssuingBody: "BAN CHỈ ĐẠO THỰC HIỆN\nQUY CHẾ DÂN CHỦ CƠ SỞ",
        ParentBody: "{PARTY}",
        Symbol: "-BC/BCĐ",
        DocumentType: "BÁO CÁO",
        Summary: "Kết quả xây dựng và thực hiện quy chế dân chủ {period}, nhiệm vụ trọng tâm {next}",
        Opening: "Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở {level} báo cáo kết quả thực hiện {period}, triển khai nhiệm vụ {next} như sau:",
        Sections:
        [
            new("KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH", [Prose("situation", "Tình hình kinh tế - xã hội, tư tưởng Nhân dân; thuận lợi, khó khăn.")]),
            new("CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", Children:
            [
                new("Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", [Prose("direction", "Văn bản chỉ đạo, trách nhiệm nêu gương, tiếp dân, đối thoại.")]),
                new("Vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong thực hiện quy chế dân chủ ở cơ sở",
                [
                    Supervision("front", "Tuyên truyền, vận động; tiếp xúc cử tri; giám sát, phản biện xã hội."),
                    Figures("Trong kỳ, Mặt trận Tổ quốc và các đoàn thể đã tiến hành giám sát được {supervision.front_sessions:02} cuộc, phản biện xã hội được {criticism.sessions:02} cuộc.",
                        "Phối hợp tổ chức {voters.meetings_national_assembly:02} hội nghị tiếp xúc cử tri với đại biểu Quốc hội và {voters.meetings_councils:02} hội nghị tiếp xúc cử tri với đại biểu HĐND."),
                ]),
                new("Hoạt động của Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở",
                [
                    Prose("steering", "Chương trình công tác, kiện toàn Ban Chỉ đạo, phân công thành viên."),
                    Documents("Trong kỳ, cấp ủy, chính quyền và Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở {level} đã ban hành {count} văn bản lãnh đạo, chỉ đạo, triển khai thực hiện."),
                ]),
            ]),
            new("KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ", Children:
            [
                new("Kết quả thực hiện quy chế dân chủ ở cơ sở xã",
                [
                    Prose("commune", "Dân biết, dân bàn, dân làm, dân kiểm tra; hương ước, quy ước; hòa giải ở cơ sở."),
                    Figures("Hiện nay, {onestop.communes_with_one_stop}/{profile.communes} xã đã thực hiện cải cách thủ tục hành chính và thực hiện cơ chế “một cửa”."),
                ]),
                new("Thực hiện quy chế dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập",
                [
                    Prose("administration", "Văn bản triển khai công tác dân vận chính quyền, cải cách hành chính, đạo đức công vụ."),
                    Figures("Công nhận kết quả phân loại công tác dân vận đối với các cơ quan, đơn vị, UBND các xã.",
                        "Kết quả xếp loại: {classification.excellent:02} đơn vị hoàn thành xuất sắc nhiệm vụ, {classification.good:02} đơn vị hoàn thành tốt nhiệm vụ và {classification.completed:02} đơn vị hoàn thành nhiệm vụ."),
                    Figures("Kết quả trong kỳ, tổng số hồ sơ thuộc thẩm quyền giải quyết của cấp huyện, cấp xã đã thực hiện tiếp nhận là {onestop.received} hồ sơ, đã giải quyết {onestop.resolved} hồ sơ.",
                        "Trong đó: Giải quyết đúng hạn {onestop.on_time} hồ sơ (tỷ lệ {onestop.on_time_rate}%), quá hạn {onestop.late} hồ sơ (tỷ lệ {onestop.late_rate}%), hồ sơ chưa giải quyết {onestop.pending} hồ sơ ({onestop.not_eligible} hồ sơ không đủ điều kiện giải quyết, tạm dừng và bị hủy)."),
                    Figures("Trong kỳ, tổ chức tiếp công dân {reception.visits} lượt với {reception.people} người ({reception.visits:cmp}); tiếp nhận {petitions.letters} đơn ({petitions.letters:cmp}).",
                        "Trong đó có {petitions.complaints} đơn khiếu nại, {petitions.denunciations} đơn tố cáo, {petitions.recommendations} đơn kiến nghị, {petitions.reflections} đơn phản ánh; hiện nay đã giải quyết {petitions.resolved.letters} đơn, còn lại {petitions.in_progress} đơn đang tiếp tục giải quyết."),
                    Figures("Trong kỳ, {workplace.agencies_rate}% cơ quan hành chính, đơn vị sự nghiệp đã tổ chức hội nghị cán bộ công chức đảm bảo đúng trình tự quy định."),
                ]),
                new("Kết quả thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc",
                [
                    Prose("workplace", "Hội nghị người lao động, đối thoại tại nơi làm việc."),
                    Figures("Các doanh nghiệp có tổ chức công đoàn đã phối hợp với Ban giám đốc tổ chức Hội nghị người lao động.",
                        "Tỷ lệ tổ chức hội nghị người lao động trong các doanh nghiệp tư nhân đạt {workplace.private_rate}%; trong đó doanh nghiệp nhà nước đạt {workplace.state_rate}%."),
                ]),
                new("Số liệu theo đơn vị",
                [
                    Table("reception.visits", "petitions.letters", "petitions.resolved.letters", "onestop.received", "onestop.on_time_rate", "mediation.success_rate"),
                ]),
            ]),
            new("ĐÁNH GIÁ CHUNG", Children:
            [
                new("Những kết quả đạt được và nguyên nhân", Children:
                [
                    new("Những kết quả đạt được", [Prose("achievements", "Những kết quả nổi bật trong kỳ.")]),
                    new("Nguyên nhân kết quả đạt được", [Prose("achievement_causes", "Nguyên nhân của kết quả.")]),
                ]),
                new("Hạn chế và nguyên nhân", Children:
                [
                    new("Hạn chế", [Prose("limitations", "Những hạn chế, tồn tại.")]),
                    new("Nguyên nhân của hạn chế", [Prose("limitation_causes", "Nguyên nhân chủ quan, khách quan.")]),
                ]),
            ]),
            new("NHIỆM VỤ TRỌNG TÂM {NEXT}", [Tasks(), Prose("next_tasks", "Nhiệm vụ khác ngoài kế hoạch của Ban Chỉ đạo, mỗi nhiệm vụ một đoạn.")]),
        ],
        Closing: null,
        SignerAuthority: "T/M BAN CHỈ ĐẠO",
        SignerTitle: "TRƯỞNG BAN",
        Recipients: ["Ban chỉ đạo QCDC {above}", "Ban Dân vận {above_party}", "Thường trực {party}", "Thường trực HĐND, UBND {level}",
            "Mặt trận Tổ quốc và các đoàn thể {level}", "BCĐ QCDC cơ sở các {units}", "Lưu BCĐ QCDC {level}"]);

    public static readonly TemplateBody Government = new(
        HeaderStyle.State,
        IssuingBody: "ỦY BAN NHÂN DÂN {UNIT}",
        ParentBody: null,
        Symbol: "/BC-UBND",
        DocumentType: "BÁO CÁO",
        Summary: "Kết quả thực hiện công tác dân vận chính quyền và dân chủ ở cơ sở {period}",
        Opening: null,
        Sections:
        [
            new("ĐẶC ĐIỂM, TÌNH HÌNH",
            [
                Figures("{unit} có {profile.administrative_units} đơn vị hành chính trực thuộc gồm {profile.towns:02} thị trấn và {profile.communes} xã; diện tích tự nhiên khoảng {profile.area} km²; dân số {profile.population} người; {profile.departments} phòng, cơ quan chuyên môn."),
                Prose("situation", "Tình hình kinh tế - xã hội, tổ chức bộ máy."),
            ]),
            new("KẾT QUẢ THỰC HIỆN", Children:
            [
                new("Công tác lãnh đạo, chỉ đạo, triển khai thực hiện",
                [
                    Prose("direction", "Quán triệt, ban hành văn bản, kiểm tra, giám sát."),
                    Documents("Trong kỳ, {unit} đã ban hành {count} văn bản lãnh đạo, chỉ đạo, triển khai thực hiện công tác dân vận chính quyền và dân chủ ở cơ sở."),
                ]),
                new("Kết quả thực hiện công tác tiếp dân, đối thoại, xử lý đơn thư và giải quyết khiếu nại, tố cáo",
                [
                    Figures("Kết quả thực hiện công tác tiếp dân: {reception.visits} lượt/{reception.people} người với {reception.cases} vụ việc ({reception.visits:cmp}); trong đó: tiếp định kỳ, đột xuất: {reception.head.visits} lượt/{reception.head.people} người với {reception.head.cases} vụ (có {reception.head.crowd_delegations:02} đoàn đông người {reception.head.crowd_people} người/{reception.head.crowd_cases:02} vụ); tiếp thường xuyên: {reception.regular.visits} lượt/{reception.regular.people} người với {reception.regular.cases} vụ việc (có {reception.regular.crowd_cases:02} vụ đông người {reception.regular.crowd_people} người)."),
                    Figures("Số đơn thư tiếp nhận trong kỳ báo cáo: {petitions.letters} đơn/{petitions.cases} vụ, trong đó thuộc thẩm quyền: {petitions.in_competence.letters} đơn/{petitions.in_competence.cases} vụ, đã giải quyết {petitions.resolved_in_competence} đơn, đạt tỷ lệ {petitions.resolution_rate}%."),
                    Figures("Kết quả giải quyết các vụ việc khiếu kiện đông người, phức tạp, kéo dài: đã giải quyết được {petitions.complex_resolved:02} vụ việc, đạt tỷ lệ {petitions.complex_rate}%; tiếp nhận {feedback.national_portal:02} phản ánh qua Hệ thống phản ánh, kiến nghị của Chính phủ."),
                    Prose("petitions", "Nhận xét về công tác tiếp dân, giải quyết khiếu nại, tố cáo."),
                ]),
                new("Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
                [
                    Figures("Tiếp nhận {onestop.received} hồ sơ, đã giải quyết {onestop.resolved} hồ sơ, đúng hạn {onestop.on_time} hồ sơ (tỷ lệ {onestop.on_time_rate}%); cung cấp trực tuyến {onestop.essential_services_online} dịch vụ công thiết yếu."),
                    Figures("Số hóa hồ sơ TTHC khi tiếp nhận: {onestop.digitised_received} hồ sơ đạt {onestop.digitised_received_rate}%; số hóa kết quả giải quyết TTHC {onestop.digitised_results} hồ sơ, đạt {onestop.digitised_results_rate}%; tỷ lệ hồ sơ trực tuyến đạt {onestop.online_rate}%, thanh toán trực tuyến đạt {onestop.online_payment_rate}%."),
                    Prose("onestop", "Cơ sở vật chất, phần mềm, hạn chế."),
                ]),
                new("Xây dựng, nhân rộng các mô hình, điển hình “Dân vận khéo”",
                [
                    Figures("Toàn đơn vị thành lập được {security.teams} tổ An ninh nhân dân, tổ bảo vệ dân phố, {mediation.teams} tổ hòa giải ở cơ sở; {models.dan_van_kheo} mô hình “Dân vận khéo” được ghi nhận."),
                    Prose("models", "Các mô hình tiêu biểu."),
                ]),
                new("Tập huấn, bồi dưỡng nghiệp vụ công tác dân vận",
                [
                    Figures("Cử {training.people_sent} người gồm {training.district_officials:02} công chức, viên chức cấp huyện và {training.commune_officials} cán bộ, công chức cấp xã tham gia bồi dưỡng; tổ chức {training.classes:02} lớp bồi dưỡng với {training.participants} người tham dự."),
                ]),
                new("Kết quả thực hiện dân chủ ở cơ sở",
                [
                    Figures("Đã củng cố, kiện toàn {supervision.inspection_boards}/{profile.administrative_units} Ban Thanh tra nhân dân; Ban giám sát đầu tư cộng đồng đã tổ chức {supervision.community_investment} cuộc giám sát; Ủy ban MTTQ đã tổ chức {supervision.front_sessions} cuộc giám sát tại {supervision.front_units_visited} lượt đơn vị, {criticism.conferences} hội nghị phản biện xã hội và {criticism.by_draft:02} cuộc phản biện bằng hình thức gửi dự thảo; góp ý {criticism.drafts_commented} dự thảo văn bản."),
                    Supervision("democracy", "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng; kết quả giám sát, kiến nghị của Mặt trận Tổ quốc và Ban Thanh tra nhân dân."),
                ]),
                new("Số liệu theo đơn vị",
                [
                    Table("reception.visits", "reception.people", "petitions.letters", "petitions.resolution_rate", "onestop.received", "onestop.on_time_rate"),
                ]),
            ]),
            new("ĐÁNH GIÁ CHUNG", Children:
            [
                new("Ưu điểm", [Prose("achievements", "Những kết quả nổi bật.")]),
                new("Hạn chế, nguyên nhân", [Prose("limitations", "Hạn chế và nguyên nhân.")]),
            ]),
            new("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", [Tasks(), Prose("next_tasks", "Nhiệm vụ, giải pháp khác.")]),
            new("KIẾN NGHỊ, ĐỀ XUẤT", [Prose("proposals", "Kiến nghị với cấp trên.")]),
        ],
        Closing: "Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền và dân chủ ở cơ sở {period} của {unit}./.",
        SignerAuthority: "TM. ỦY BAN NHÂN DÂN",
        SignerTitle: "CHỦ TỊCH",
        Recipients: ["Như trên", "Thường trực cấp ủy", "Ban Dân vận", "Lưu: VT"]);

    public static readonly IReadOnlyList<(string Key, string Name, TemplateBody Body)> All =
    [
        (SteeringSixMonths, "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng (Ban Chỉ đạo, thể thức Đảng)", Steering),
        (GovernmentReview, "Báo cáo công tác dân vận chính quyền và dân chủ ở cơ sở (UBND, thể thức Nhà nước)", Government),
    ];

    /// <summary>Adds version 1 of a shipped template that is missing.</summary>
    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var keys = await db.Set<ReportTemplate>().Select(t => t.Key).Distinct().ToListAsync(ct);
        var missing = All.Where(t => !keys.Contains(t.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        foreach (var (key, name, body) in missing)
        {
            db.Add(new ReportTemplate { Key = key, Version = 1, Name = name, Body = body.ToJson(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = "system" });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request added them at the same moment.
            db.ChangeTracker.Clear();
        }
    }
}
