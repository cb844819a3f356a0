using System.Globalization;

namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>How an indicator's values of several units or periods combine.</summary>
public enum RollUpKind
{
    /// <summary>Counts: the sum over the subtree and the period.</summary>
    Sum,

    /// <summary>A rate: numerator ÷ denominator, each summed first — never an average of rates.</summary>
    Ratio,

    /// <summary>A state (population, teams in place): each unit's latest value up to the period's end, summed over units.</summary>
    Latest,

    /// <summary>Not combined: only the unit's own value.</summary>
    None,
}

/// <summary>Where a value comes from.</summary>
public enum IndicatorSourceKind
{
    /// <summary>Counted by a module from its records (receptions, letters).</summary>
    Computed,

    /// <summary>Entered by the unit (form or spreadsheet), until a module keeps those records.</summary>
    Entered,
}

/// <summary>A unit of measure, in both languages; <see cref="Whole"/> when only whole numbers make sense.</summary>
public sealed record Measure(string Vi, string En, bool Whole = true)
{
    public static readonly Measure Visits = new("lượt", "visits");
    public static readonly Measure People = new("người", "people");
    public static readonly Measure Cases = new("vụ việc", "cases");
    public static readonly Measure Letters = new("đơn", "letters");
    public static readonly Measure Delegations = new("đoàn", "delegations");
    public static readonly Measure Dossiers = new("hồ sơ", "dossiers");
    public static readonly Measure Sessions = new("cuộc", "sessions");
    public static readonly Measure Conferences = new("hội nghị", "conferences");
    public static readonly Measure Units = new("đơn vị", "units");
    public static readonly Measure Agencies = new("cơ quan", "agencies");
    public static readonly Measure Enterprises = new("doanh nghiệp", "enterprises");
    public static readonly Measure Teams = new("tổ", "teams");
    public static readonly Measure Boards = new("ban", "boards");
    public static readonly Measure Models = new("mô hình", "models");
    public static readonly Measure Classes = new("lớp", "classes");
    public static readonly Measure Services = new("dịch vụ", "services");
    public static readonly Measure Documents = new("văn bản", "documents");
    public static readonly Measure Feedback = new("phản ánh", "reports");
    public static readonly Measure Percent = new("%", "%", Whole: false);
    public static readonly Measure SquareKm = new("km²", "km²", Whole: false);
}

/// <summary>One indicator of the catalogue. Its key is stable: templates, spreadsheets and the API name it.</summary>
public sealed record IndicatorDefinition(string Key, string Area, string Vi, string En, Measure Measure, RollUpKind RollUp, IndicatorSourceKind Source,
    string? Numerator = null, string? Denominator = null)
{
    public string Label(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Vi;

    public string MeasureLabel(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? Measure.En : Measure.Vi;

    public bool IsEntered => Source == IndicatorSourceKind.Entered && RollUp != RollUpKind.Ratio;
}

/// <summary>
/// Every figure the seed reports print has an indicator here (tested against both seeds). Keys group by
/// area: reception, petitions, one-stop, mediation, participation, supervision, workplace, models,
/// classification, training, profile.
/// </summary>
public static class IndicatorCatalogue
{
    public const int KeyMaxLength = 80;

    public static readonly IReadOnlyList<IndicatorDefinition> All = Build();

    private static readonly Dictionary<string, IndicatorDefinition> ByKey = All.ToDictionary(d => d.Key);

    public static IndicatorDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    public static IndicatorDefinition Get(string key) => ByKey[key];

    public static IReadOnlyList<string> Areas { get; } = All.Select(d => d.Area).Distinct().ToList();

    private static List<IndicatorDefinition> Build()
    {
        var list = new List<IndicatorDefinition>();
        void Sum(string key, string area, string vi, string en, Measure m, IndicatorSourceKind s = IndicatorSourceKind.Entered) =>
            list.Add(new(key, area, vi, en, m, RollUpKind.Sum, s));
        void Latest(string key, string area, string vi, string en, Measure m) =>
            list.Add(new(key, area, vi, en, m, RollUpKind.Latest, IndicatorSourceKind.Entered));
        void Rate(string key, string area, string vi, string en, string numerator, string denominator, IndicatorSourceKind s = IndicatorSourceKind.Entered) =>
            list.Add(new(key, area, vi, en, Measure.Percent, RollUpKind.Ratio, s, numerator, denominator));
        const IndicatorSourceKind C = IndicatorSourceKind.Computed;

        // Citizen reception: "455 lượt/578 người với 420 vụ việc (có 01 đoàn đông người 33 người/01 vụ)".
        foreach (var (prefix, vi, en) in new[] { ("reception", "Tiếp công dân", "Reception"), ("reception.head", "Tiếp định kỳ, đột xuất của người đứng đầu", "Reception by the head"), ("reception.regular", "Tiếp thường xuyên", "Regular reception") })
        {
            Sum($"{prefix}.visits", "reception", $"{vi}: số lượt", $"{en}: visits", Measure.Visits, C);
            Sum($"{prefix}.people", "reception", $"{vi}: số người", $"{en}: people", Measure.People, C);
            Sum($"{prefix}.cases", "reception", $"{vi}: số vụ việc", $"{en}: cases", Measure.Cases, C);
            Sum($"{prefix}.crowd_delegations", "reception", $"{vi}: số đoàn đông người", $"{en}: crowd delegations", Measure.Delegations, C);
            Sum($"{prefix}.crowd_people", "reception", $"{vi}: số người trong đoàn đông người", $"{en}: people in crowd delegations", Measure.People, C);
            Sum($"{prefix}.crowd_cases", "reception", $"{vi}: số vụ việc đông người", $"{en}: crowd cases", Measure.Cases, C);
        }

        // Petitions: "416 đơn/396 vụ ... 105 đơn/105 vụ, đã giải quyết 105 đơn/105 vụ, đạt tỷ lệ 100%"; "14 đơn khiếu nại, 75 đơn kiến nghị".
        Sum("petitions.letters", "petitions", "Đơn thư tiếp nhận", "Letters received", Measure.Letters, C);
        Sum("petitions.cases", "petitions", "Vụ việc tiếp nhận", "Cases received", Measure.Cases, C);
        Sum("petitions.complaints", "petitions", "Đơn khiếu nại", "Complaints", Measure.Letters, C);
        Sum("petitions.denunciations", "petitions", "Đơn tố cáo", "Denunciations", Measure.Letters, C);
        Sum("petitions.recommendations", "petitions", "Đơn kiến nghị", "Recommendations", Measure.Letters, C);
        Sum("petitions.reflections", "petitions", "Đơn phản ánh", "Reflections", Measure.Letters, C);
        Sum("petitions.eligible", "petitions", "Đơn đủ điều kiện xử lý", "Eligible letters", Measure.Letters, C);
        Sum("petitions.not_eligible", "petitions", "Đơn không đủ điều kiện xử lý", "Letters not eligible", Measure.Letters, C);
        Sum("petitions.in_competence.letters", "petitions", "Đơn thuộc thẩm quyền", "Letters within competence", Measure.Letters, C);
        Sum("petitions.in_competence.cases", "petitions", "Vụ việc thuộc thẩm quyền", "Cases within competence", Measure.Cases, C);
        Sum("petitions.resolved_in_competence", "petitions", "Đơn thuộc thẩm quyền đã giải quyết", "Letters within competence resolved", Measure.Letters, C);
        Sum("petitions.resolved.letters", "petitions", "Đơn đã giải quyết", "Letters resolved", Measure.Letters, C);
        Sum("petitions.resolved.cases", "petitions", "Vụ việc đã giải quyết", "Cases resolved", Measure.Cases, C);
        Sum("petitions.resolved_on_time", "petitions", "Đơn giải quyết đúng hạn", "Letters resolved on time", Measure.Letters, C);
        Sum("petitions.resolved_late", "petitions", "Đơn giải quyết quá hạn", "Letters resolved late", Measure.Letters, C);
        Sum("petitions.in_progress", "petitions", "Đơn đang giải quyết", "Letters in progress", Measure.Letters, C);
        Sum("petitions.not_yet_handled", "petitions", "Đơn chưa xử lý", "Letters not yet handled", Measure.Letters, C);
        Sum("petitions.handled_otherwise", "petitions", "Đơn chuyển, hướng dẫn, lưu", "Letters transferred, guided or filed", Measure.Letters, C);
        Rate("petitions.resolution_rate", "petitions", "Tỷ lệ giải quyết đơn thuộc thẩm quyền", "Resolution rate within competence",
            "petitions.resolved_in_competence", "petitions.in_competence.letters", C);
        // "các vụ việc khiếu kiện đông người, phức tạp, kéo dài (đã giải quyết được 08 vụ việc, đạt tỷ lệ 80%)".
        Sum("petitions.complex_cases", "petitions", "Vụ việc khiếu kiện đông người, phức tạp, kéo dài", "Crowd, complex, protracted cases", Measure.Cases);
        Sum("petitions.complex_resolved", "petitions", "Vụ việc đông người, phức tạp, kéo dài đã giải quyết", "Complex cases resolved", Measure.Cases);
        Rate("petitions.complex_rate", "petitions", "Tỷ lệ giải quyết vụ việc đông người, phức tạp, kéo dài", "Complex cases resolution rate",
            "petitions.complex_resolved", "petitions.complex_cases");
        // "tiếp nhận 06 phản ánh của người dân qua Hệ thống phản ánh, kiến nghị của Chính phủ".
        Sum("feedback.national_portal", "petitions", "Phản ánh, kiến nghị qua Cổng Dịch vụ công quốc gia", "Feedback via the national portal", Measure.Feedback);

        // One-stop: "tiếp nhận là 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ ... đúng hạn 7029 hồ sơ (tỷ lệ 99,17%), quá hạn 59 hồ sơ (tỷ lệ 0,83%)".
        Sum("onestop.received", "onestop", "Hồ sơ TTHC tiếp nhận", "Dossiers received", Measure.Dossiers);
        Sum("onestop.online", "onestop", "Hồ sơ nộp trực tuyến", "Dossiers submitted online", Measure.Dossiers);
        Sum("onestop.resolved", "onestop", "Hồ sơ đã giải quyết", "Dossiers resolved", Measure.Dossiers);
        Sum("onestop.on_time", "onestop", "Hồ sơ giải quyết đúng hạn (cả trước hạn)", "Dossiers resolved on time or early", Measure.Dossiers);
        Sum("onestop.late", "onestop", "Hồ sơ giải quyết quá hạn", "Dossiers resolved late", Measure.Dossiers);
        Sum("onestop.pending", "onestop", "Hồ sơ chưa giải quyết", "Dossiers pending", Measure.Dossiers);
        Sum("onestop.not_eligible", "onestop", "Hồ sơ không đủ điều kiện, tạm dừng, bị hủy", "Dossiers ineligible, suspended or cancelled", Measure.Dossiers);
        Sum("onestop.digitised_received", "onestop", "Hồ sơ được số hóa khi tiếp nhận", "Dossiers digitised on receipt", Measure.Dossiers);
        Sum("onestop.digitised_results", "onestop", "Kết quả giải quyết được số hóa", "Results digitised", Measure.Dossiers);
        Sum("onestop.payable", "onestop", "Hồ sơ phát sinh phí, lệ phí", "Dossiers with fees", Measure.Dossiers);
        Sum("onestop.paid_online", "onestop", "Hồ sơ thanh toán trực tuyến", "Dossiers paid online", Measure.Dossiers);
        Rate("onestop.on_time_rate", "onestop", "Tỷ lệ giải quyết đúng hạn", "On-time rate", "onestop.on_time", "onestop.resolved");
        Rate("onestop.late_rate", "onestop", "Tỷ lệ giải quyết quá hạn", "Late rate", "onestop.late", "onestop.resolved");
        Rate("onestop.online_rate", "onestop", "Tỷ lệ hồ sơ trực tuyến", "Online submission rate", "onestop.online", "onestop.received");
        Rate("onestop.online_payment_rate", "onestop", "Tỷ lệ thanh toán trực tuyến", "Online payment rate", "onestop.paid_online", "onestop.payable");
        Rate("onestop.digitised_received_rate", "onestop", "Tỷ lệ số hóa hồ sơ khi tiếp nhận", "Digitised on receipt rate", "onestop.digitised_received", "onestop.received");
        Rate("onestop.digitised_results_rate", "onestop", "Tỷ lệ số hóa kết quả giải quyết", "Digitised results rate", "onestop.digitised_results", "onestop.resolved");
        // "8/8 xã đã thực hiện cải cách thủ tục hành chính và thực hiện cơ chế 'một cửa'"; "25 dịch vụ công thiết yếu"; "Bộ phận một cửa 22 xã, thị trấn".
        Latest("onestop.communes_with_one_stop", "onestop", "Số xã thực hiện cơ chế một cửa", "Communes running a one-stop office", Measure.Units);
        Latest("onestop.essential_services_online", "onestop", "Dịch vụ công thiết yếu cung cấp trực tuyến", "Essential public services online", Measure.Services);
        Latest("onestop.offices_standardised", "onestop", "Bộ phận một cửa được chuẩn hóa nhận diện", "One-stop offices standardised", Measure.Units);

        // Mediation: "nhận 112 đơn... hòa giải thành 107 đơn, đạt 95,5%"; "131 tổ hòa giải ở cơ sở".
        Sum("mediation.received", "mediation", "Vụ việc hòa giải tiếp nhận", "Mediation cases received", Measure.Cases);
        Sum("mediation.successful", "mediation", "Vụ việc hòa giải thành", "Mediated successfully", Measure.Cases);
        Sum("mediation.failed", "mediation", "Vụ việc hòa giải không thành", "Mediation failed", Measure.Cases);
        Sum("mediation.pending", "mediation", "Vụ việc hòa giải đang giải quyết", "Mediation pending", Measure.Cases);
        Rate("mediation.success_rate", "mediation", "Tỷ lệ hòa giải thành", "Mediation success rate", "mediation.successful", "mediation.received");
        Latest("mediation.teams", "mediation", "Tổ hòa giải ở cơ sở", "Grassroots mediation teams", Measure.Teams);
        Latest("security.teams", "mediation", "Tổ An ninh nhân dân, tổ bảo vệ dân phố", "People's security teams", Measure.Teams);

        // Participation: "02 hội nghị TXCT ... 4 hội nghị Tiếp xúc cử tri với đại biểu HĐND".
        Sum("voters.meetings_national_assembly", "participation", "Hội nghị tiếp xúc cử tri với đại biểu Quốc hội", "Voter meetings with National Assembly deputies", Measure.Conferences);
        Sum("voters.meetings_councils", "participation", "Hội nghị tiếp xúc cử tri với đại biểu HĐND", "Voter meetings with council deputies", Measure.Conferences);
        Sum("dialogues.held", "participation", "Buổi đối thoại của người đứng đầu với Nhân dân", "Heads' dialogues with citizens", Measure.Sessions);

        // Supervision: "giám sát được 02 cuộc, phản biện xã hội được 01 cuộc"; "9 cuộc giám sát tại 81 lượt đơn vị"; "115 cuộc giám sát"; "22/22 Ban Thanh tra nhân dân".
        Sum("supervision.front_sessions", "supervision", "Cuộc giám sát của MTTQ và các đoàn thể", "Supervision sessions of the Front and mass organisations", Measure.Sessions);
        Sum("supervision.front_units_visited", "supervision", "Lượt đơn vị được giám sát", "Units visited by supervision", Measure.Visits);
        Sum("supervision.community_investment", "supervision", "Cuộc giám sát đầu tư của cộng đồng", "Community investment supervisions", Measure.Sessions);
        Sum("supervision.inspection_board", "supervision", "Cuộc giám sát của Ban Thanh tra nhân dân", "People's Inspection Board supervisions", Measure.Sessions);
        Latest("supervision.inspection_boards", "supervision", "Ban Thanh tra nhân dân được củng cố, kiện toàn", "People's Inspection Boards in place", Measure.Boards);
        Sum("criticism.sessions", "supervision", "Cuộc phản biện xã hội", "Social criticism sessions", Measure.Sessions);
        Sum("criticism.conferences", "supervision", "Hội nghị phản biện xã hội", "Social criticism conferences", Measure.Conferences);
        Sum("criticism.by_draft", "supervision", "Phản biện bằng hình thức gửi dự thảo", "Criticism by circulating drafts", Measure.Sessions);
        Sum("criticism.drafts_commented", "supervision", "Dự thảo văn bản được góp ý", "Draft documents commented", Measure.Documents);
        list.Add(new("front.advisory_board_members", "supervision", "Thành viên mỗi Ban Tư vấn của MTTQ", "Members of each Front advisory board", Measure.People,
            RollUpKind.None, IndicatorSourceKind.Entered));

        // Democracy at work: "100% cơ quan hành chính ... tổ chức hội nghị cán bộ công chức"; "doanh nghiệp tư nhân đạt 50%; ... nhà nước đạt 100%".
        Sum("workplace.agencies", "workplace", "Cơ quan, đơn vị phải tổ chức hội nghị CBCCVC", "Agencies due to hold a staff conference", Measure.Agencies);
        Sum("workplace.agencies_held", "workplace", "Cơ quan, đơn vị đã tổ chức hội nghị CBCCVC", "Agencies that held a staff conference", Measure.Agencies);
        Rate("workplace.agencies_rate", "workplace", "Tỷ lệ cơ quan tổ chức hội nghị CBCCVC", "Share of agencies holding a staff conference", "workplace.agencies_held", "workplace.agencies");
        Sum("workplace.private_enterprises", "workplace", "Doanh nghiệp ngoài nhà nước", "Private enterprises", Measure.Enterprises);
        Sum("workplace.private_held", "workplace", "Doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động", "Private enterprises holding a workers' conference", Measure.Enterprises);
        Rate("workplace.private_rate", "workplace", "Tỷ lệ doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động", "Share of private enterprises holding a workers' conference",
            "workplace.private_held", "workplace.private_enterprises");
        Sum("workplace.state_enterprises", "workplace", "Doanh nghiệp nhà nước", "State enterprises", Measure.Enterprises);
        Sum("workplace.state_held", "workplace", "Doanh nghiệp nhà nước tổ chức hội nghị người lao động", "State enterprises holding a workers' conference", Measure.Enterprises);
        Rate("workplace.state_rate", "workplace", "Tỷ lệ doanh nghiệp nhà nước tổ chức hội nghị người lao động", "Share of state enterprises holding a workers' conference",
            "workplace.state_held", "workplace.state_enterprises");

        // "Dân vận khéo" models.
        Sum("models.dan_van_kheo", "models", "Mô hình “Dân vận khéo” được ghi nhận", "“Skilful mass mobilisation” models recognised", Measure.Models);

        // Classification: "06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16 đơn vị hoàn thành tốt nhiệm vụ và 05 đơn vị hoàn thành nhiệm vụ".
        Sum("classification.excellent", "classification", "Đơn vị hoàn thành xuất sắc nhiệm vụ", "Units: excellent", Measure.Units);
        Sum("classification.good", "classification", "Đơn vị hoàn thành tốt nhiệm vụ", "Units: good", Measure.Units);
        Sum("classification.completed", "classification", "Đơn vị hoàn thành nhiệm vụ", "Units: completed", Measure.Units);
        Sum("classification.not_completed", "classification", "Đơn vị không hoàn thành nhiệm vụ", "Units: not completed", Measure.Units);

        // Training: "cử 30 người gồm 04 công chức, viên chức các cơ quan huyện và 26 cán bộ, công chức cấp xã"; "01 lớp ... có 161 người".
        Sum("training.people_sent", "training", "Người được cử đi bồi dưỡng nghiệp vụ dân vận", "People sent to mass-mobilisation training", Measure.People);
        Sum("training.district_officials", "training", "Trong đó công chức, viên chức cấp huyện", "Of whom district officials", Measure.People);
        Sum("training.commune_officials", "training", "Trong đó cán bộ, công chức cấp xã", "Of whom commune officials", Measure.People);
        Sum("training.classes", "training", "Lớp bồi dưỡng tổ chức", "Training classes held", Measure.Classes);
        Sum("training.participants", "training", "Người tham dự lớp bồi dưỡng", "Class participants", Measure.People);

        // Profile: "22 đơn vị hành chính trực thuộc gồm 01 thị trấn và 21 xã; diện tích ... 466,8524 km²; dân số ... 183.142 người"; "12 phòng".
        Latest("profile.administrative_units", "profile", "Đơn vị hành chính cấp xã", "Commune-level units", Measure.Units);
        Latest("profile.towns", "profile", "Thị trấn", "Towns", Measure.Units);
        Latest("profile.communes", "profile", "Xã", "Communes", Measure.Units);
        Latest("profile.area", "profile", "Diện tích tự nhiên", "Natural area", Measure.SquareKm);
        Latest("profile.population", "profile", "Dân số", "Population", Measure.People);
        Latest("profile.departments", "profile", "Phòng, cơ quan chuyên môn", "Specialised departments", Measure.Agencies);
        return list;
    }
}
