namespace Grassroots.Web.Modules.Surveys;

/// <summary>
/// The SIPAS-style questionnaire the application ships (docs/legal.md SIPAS-ELEMENTS, docs/surveys.md): the five elements
/// — access to the service, the administrative procedure, the civil servant, the result, receiving and handling feedback —
/// each asked as perception (what the person met), satisfaction (1 rất không hài lòng … 5 rất hài lòng) and expectation
/// (what should improve). The elements follow QĐ 2640/QĐ-BNV (2017); the wording of the questions is ours, written after
/// the published descriptions of the SIPAS form, not copied from the Ministry's form (unverified against it). It is laid in
/// the database, published and owned by no unit, the first time a campaign uses it; nobody edits it.
/// </summary>
public static class SurveyTemplate
{
    public const string Code = "sipas";

    private const string Yes = "Có\nKhông";

    private static readonly (SurveyFactor Factor, string Section, string Perception, string[] Satisfaction, string Expectation)[] Elements =
    [
        (SurveyFactor.Access, "1. Tiếp cận dịch vụ",
            "Ông/Bà có dễ dàng tìm được nơi tiếp nhận và trả kết quả (Bộ phận Một cửa) không?",
            ["Mức độ hài lòng về nơi ngồi chờ, trang thiết bị phục vụ tại Bộ phận Một cửa", "Mức độ hài lòng về việc tiếp cận dịch vụ (đường đi, chỉ dẫn, dịch vụ công trực tuyến)"],
            "Ông/Bà mong muốn cải thiện điều gì nhất về tiếp cận dịch vụ?"),
        (SurveyFactor.Procedure, "2. Thủ tục hành chính",
            "Thủ tục hành chính có được niêm yết công khai, đầy đủ tại nơi giải quyết không?",
            ["Mức độ hài lòng về thành phần hồ sơ phải nộp", "Mức độ hài lòng về phí, lệ phí và thời hạn giải quyết đã niêm yết"],
            "Ông/Bà mong muốn cải thiện điều gì nhất về thủ tục hành chính?"),
        (SurveyFactor.CivilServant, "3. Công chức trực tiếp giải quyết công việc",
            "Công chức có hướng dẫn kê khai hồ sơ đầy đủ, một lần, dễ hiểu không?",
            ["Mức độ hài lòng về thái độ giao tiếp, lịch sự của công chức", "Mức độ hài lòng về tinh thần trách nhiệm, sự tận tình của công chức"],
            "Ông/Bà mong muốn cải thiện điều gì nhất về công chức giải quyết công việc?"),
        (SurveyFactor.Result, "4. Kết quả cung ứng dịch vụ",
            "Ông/Bà có nhận kết quả đúng hẹn không?",
            ["Mức độ hài lòng về kết quả nhận được (đúng quy định, thông tin chính xác)", "Mức độ hài lòng về thời gian nhận kết quả"],
            "Ông/Bà mong muốn cải thiện điều gì nhất về kết quả giải quyết?"),
        (SurveyFactor.Feedback, "5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
            "Ông/Bà có biết nơi gửi góp ý, phản ánh, kiến nghị về việc giải quyết thủ tục không?",
            ["Mức độ hài lòng về việc cơ quan tiếp nhận góp ý, phản ánh, kiến nghị", "Mức độ hài lòng về việc cơ quan xử lý và trả lời góp ý, phản ánh, kiến nghị"],
            "Ông/Bà mong muốn cải thiện điều gì nhất về tiếp nhận, xử lý phản ánh?"),
    ];

    /// <summary>The template as a new, published questionnaire of no unit.</summary>
    public static Questionnaire Build(DateTime at, DateOnly on)
    {
        var q = new Questionnaire
        {
            Code = Code,
            Number = 1,
            Title = "Phiếu khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công",
            Introduction = "Phiếu khảo sát không ghi tên, không lưu địa chỉ IP; câu trả lời chỉ dùng để tính chỉ số hài lòng. "
                + "Thang điểm: 1 – Rất không hài lòng, 2 – Không hài lòng, 3 – Bình thường, 4 – Hài lòng, 5 – Rất hài lòng.",
            Status = QuestionnaireStatus.Published,
            PublishedOn = on,
            CreatedAt = at,
            CreatedBy = "system",
        };
        var n = 0;
        foreach (var e in Elements)
        {
            q.Questions.Add(new SurveyQuestion { Number = ++n, Section = e.Section, Text = e.Perception, Kind = QuestionKind.Choice, Choices = Yes, Factor = e.Factor, Aspect = SurveyAspect.Perception });
            foreach (var s in e.Satisfaction)
            {
                q.Questions.Add(new SurveyQuestion { Number = ++n, Section = e.Section, Text = s, Kind = QuestionKind.Scale, ScaleMax = 5, Required = true, Factor = e.Factor, Aspect = SurveyAspect.Satisfaction });
            }
            q.Questions.Add(new SurveyQuestion { Number = ++n, Section = e.Section, Text = e.Expectation, Kind = QuestionKind.Text, Factor = e.Factor, Aspect = SurveyAspect.Expectation });
        }
        q.Questions.Add(new SurveyQuestion { Number = ++n, Section = "6. Góp ý khác", Text = "Ông/Bà có góp ý gì khác để nâng cao chất lượng phục vụ?", Kind = QuestionKind.Text });
        foreach (var x in q.Questions)
        {
            x.QuestionnaireId = q.Id;
        }
        return q;
    }

    /// <summary>The template's record, laid the first time it is needed.</summary>
    public static async Task<Questionnaire> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var existing = await db.Set<Questionnaire>().FirstOrDefaultAsync(q => q.Code == Code && q.Number == 1, ct);
        if (existing is not null)
        {
            return existing;
        }
        var q = Build(clock.GetUtcNow().UtcDateTime, clock.VietnamToday());
        db.Add(q);
        return q;
    }
}
