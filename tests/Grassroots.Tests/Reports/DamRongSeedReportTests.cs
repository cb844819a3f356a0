using System.Globalization;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Reports;

/// <summary>
/// Done means: from data entered through the API and the spreadsheet import, the app writes the Đam Rông
/// six-month 2022 report of ../shared/seeds/ as a Word file whose header, section numbering and figures
/// match the seed.
/// </summary>
public sealed class DamRongSeedReportTests
{
    /// <summary>A fresh district named like the seed's, so the demo's own activity does not mix in.</summary>
    internal static async Task<(string District, string[] Communes)> CreateDistrictAsync(HttpClient admin, string code = "T675")
    {
        async Task CreateAsync(string c, string name, string kind, string parent) =>
            (await admin.PostAsJsonAsync("/api/v1/units", new { code = c, name, kind, parentCode = parent, validFrom = "2021-01-01" })).EnsureSuccessStatusCode();
        await CreateAsync(code, "Huyện Đam Rông", "District", "68");
        await CreateAsync($"{code}.RM", "Xã Rô Men", "Commune", code);
        await CreateAsync($"{code}.PL", "Xã Phi Liêng", "Commune", code);
        return (code, [$"{code}.RM", $"{code}.PL"]);
    }

    internal static async Task EnterSeedDataAsync(HttpClient api, string district, string[] communes, Guid periodId)
    {
        // "tổ chức tiếp công dân 65 lượt với 80 người"
        var session = await (await api.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = district, kind = "Regular", heldOn = "2022-03-15", place = "Trụ sở tiếp công dân huyện", receivedBy = "Ban Tiếp công dân" }))
            .ReadAsync<Web.Modules.Reception.SessionDto>();
        for (var i = 0; i < 65; i++)
        {
            (await api.PostAsJsonAsync($"/api/v1/reception/sessions/{session.Id}/visits",
                new { people = i < 15 ? 2 : 1, visitorName = "Công dân", content = "Phản ánh thiếu nước sinh hoạt", outcome = "AnsweredOnSpot" })).EnsureSuccessStatusCode();
        }
        // "tiếp nhận 89 đơn — 14 đơn khiếu nại, 75 đơn kiến nghị; đã giải quyết 74 đơn, còn lại 15 đang tiếp tục giải quyết"
        var letters = new List<PetitionDto>();
        for (var i = 0; i < 89; i++)
        {
            var complaint = i < 14;
            letters.Add(await PetitionJourneyTests.RegisterAsync(api, new
            {
                unitCode = district,
                kind = complaint ? "Complaint" : "Recommendation",
                channel = "InPerson",
                receivedOn = new DateOnly(2022, 1 + i % 5, 1 + i % 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                content = complaint ? $"Khiếu nại bồi thường thu hồi đất số {i}" : $"Kiến nghị về nước sinh hoạt số {i}",
                petitionerName = $"Người dân {i}",
                petitionerPhone = $"09{i:00000000}",
            }));
        }
        foreach (var letter in letters)
        {
            (await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).EnsureSuccessStatusCode();
            (await api.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).EnsureSuccessStatusCode();
        }
        foreach (var letter in letters.Where(l => l.Kind == PetitionKind.Complaint).Take(10))
        {
            (await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve", new { decisionNumber = "QĐ", decisionDate = "2022-06-10", summary = "Đã giải quyết" })).EnsureSuccessStatusCode();
        }
        foreach (var letter in letters.Where(l => l.Kind == PetitionKind.Recommendation).Take(64))
        {
            (await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/answer", new { answeredOn = "2022-06-15", summary = "Đã trả lời" })).EnsureSuccessStatusCode();
        }
        // "02 hội nghị TXCT trước kỳ họp thứ 3 Quốc hội khóa XV tại xã Rô Men và Liêng S'rônh. Tổ chức 4 hội nghị Tiếp xúc cử tri
        // với đại biểu HĐND tỉnh và HĐND huyện"; "Mặt trận ... giám sát được 02 cuộc, phản biện xã hội được 01 cuộc": records of
        // the Supervision module, entered through its API, from which the report counts them.
        foreach (var (level, day) in new[] { ("NationalAssembly", "2022-04-20"), ("NationalAssembly", "2022-04-21"), ("ProvincialCouncil", "2022-06-10"),
            ("ProvincialCouncil", "2022-06-11"), ("DistrictCouncil", "2022-06-14"), ("DistrictCouncil", "2022-06-15") })
        {
            (await api.PostAsJsonAsync("/api/v1/supervision/voters-meetings", new
            {
                unitCode = district, level, constituency = "Đơn vị bầu cử huyện Đam Rông", deputies = "Đại biểu", heldOn = day, place = "Xã Rô Men", attendance = 120,
            })).EnsureSuccessStatusCode();
        }
        foreach (var (kind, day) in new[] { ("FrontSupervision", "2022-03-10"), ("FrontSupervision", "2022-05-10"), ("Criticism", "2022-05-20") })
        {
            (await api.PostAsJsonAsync("/api/v1/supervision/sessions", new
            {
                unitCode = district, kind, form = kind == "Criticism" ? "Conference" : null, topic = "Giám sát, phản biện xã hội theo Quyết định 217, 218",
                document = kind == "Criticism" ? "Dự thảo Nghị quyết về xây dựng huyện Đam Rông đạt chuẩn nông thôn mới" : null, heldOn = day,
            })).EnsureSuccessStatusCode();
        }
        // The district's own figures through the API.
        (await IndicatorsApiTests.EnterAsync(api, district, "2022-01-01", "2022-06-30", new Dictionary<string, decimal>
        {
            ["onestop.communes_with_one_stop"] = 8,
            ["profile.communes"] = 8,
        })).EnsureSuccessStatusCode();
        // "06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16 đơn vị hoàn thành tốt nhiệm vụ và 05 đơn vị hoàn thành nhiệm vụ": last year's
        // classification of the district's 25 agencies and 2 communes, decided in January 2022 through the Assessment module.
        await Assessments.AssessmentRecords.DamRongClassificationAsync(api, district, communes);
        // Democracy at work as records of the Registers module: 12 agencies, 6 private and 1 state enterprise, and their conferences.
        await Registers.RegisterRecords.EnterDamRongWorkplacesAsync(api, district);
        // The one-stop statistics of the district and its communes as the one-stop software exports them (OneStop module):
        // 7.554 received, 7.088 settled, 7029 on time, 59 late, 216 pending, 250 returned or refused.
        await OneStop.OneStopRecords.ImportDamRongAsync(api, district, communes);
    }

    [Theory, Providers]
    public async Task The_Dam_Rong_six_month_2022_report_comes_out_as_a_docx_with_the_seeds_header_sections_and_figures(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await CreateDistrictAsync(admin);
        var period = await ReportWorkflowTests.OpenAsync(admin, district, "2022-01-01", "2022-06-30", "2022-06-20");
        Assert.Equal(communes.Order(), period.Units!.Select(u => u.UnitCode).Order());
        await EnterSeedDataAsync(admin, district, communes, period.Id);
        var url = $"/api/v1/reports/periods/{period.Id}/units/{district}";
        (await admin.PutAsJsonAsync(url, new
        {
            number = "05",
            signerTitle = "TRƯỞNG BAN",
            signerName = "Trương Hữu Đồng",
            issuedOn = "2022-06-22",
            prose = new Dictionary<string, string>
            {
                ["situation"] = "Trong 06 tháng đầu năm 2022, tình hình kinh tế - xã hội của huyện tiếp tục có bước phát triển.\nTuy nhiên, việc thực hiện quy chế dân chủ cơ sở ở địa phương còn gặp một số khó khăn.",
                ["next_tasks"] = "1. Tiếp tục tham mưu Thường trực Huyện ủy chỉ đạo thực hiện Chỉ thị số 17-CT/HU.\n2. Tổ chức Hội nghị tổng kết hoạt động Ban chỉ đạo năm 2022.",
                // Every section of the seed has its text: a section left empty is left out of the document (and flagged before).
                ["direction"] = "Ban Thường vụ Huyện ủy ban hành các văn bản chỉ đạo thực hiện quy chế dân chủ ở cơ sở.",
                ["steering"] = "Ban Chỉ đạo xây dựng chương trình công tác năm 2022, phân công thành viên phụ trách các xã.",
                ["achievements"] = "Quy chế dân chủ ở cơ sở tiếp tục được thực hiện nghiêm túc.",
                ["achievement_causes"] = "Sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, chính quyền.",
                ["limitations"] = "Một số xã chưa duy trì thường xuyên sinh hoạt hương ước, quy ước.",
                ["limitation_causes"] = "Công tác tuyên truyền ở một số thôn, bon chưa sâu rộng.",
            },
        })).EnsureSuccessStatusCode();

        var response = await admin.GetAsync($"{url}/document.docx");
        Assert.Equal("05-BC-BCD-ket-qua-xay-dung-va-thuc-hien-QCDC-6-thang-dau-nam-2022.docx", response.Content.Headers.ContentDisposition!.FileName);
        var docx = await response.Content.ReadAsByteArrayAsync();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = word.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var text = string.Join("\n", paragraphs);
        var footnotes = string.Join("\n", main.FootnotesPart!.Footnotes!.Elements<Footnote>().Select(f => f.InnerText));

        // Header: the Party body above the issuing one, the Party motto, number and symbol, place and date, type and summary.
        Assert.Equal(["HUYỆN ỦY ĐAM RÔNG", "BAN CHỈ ĐẠO THỰC HIỆN", "QUY CHẾ DÂN CHỦ CƠ SỞ"], paragraphs.Take(3));
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", paragraphs);
        Assert.Contains("Số 05-BC/BCĐ", paragraphs);
        Assert.Contains("Đam Rông, ngày 22 tháng 6 năm 2022", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kết quả xây dựng và thực hiện quy chế dân chủ 6 tháng đầu năm 2022, nhiệm vụ trọng tâm 6 tháng cuối năm 2022", paragraphs);
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);

        // Sections numbered as the seed: I.–V., 1.–3., 1.1.–2.2.
        string[] headings =
        [
            "I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH", "II. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "1. Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền",
            "2. Vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong thực hiện quy chế dân chủ ở cơ sở",
            "3. Hoạt động của Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở", "III. KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ",
            "1. Kết quả thực hiện quy chế dân chủ ở cơ sở xã", "IV. ĐÁNH GIÁ CHUNG", "1. Những kết quả đạt được và nguyên nhân", "1.1. Những kết quả đạt được",
            "1.2. Nguyên nhân kết quả đạt được", "2. Hạn chế và nguyên nhân", "2.1. Hạn chế", "2.2. Nguyên nhân của hạn chế",
            "V. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022",
        ];
        var positions = headings.Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.All(positions.Zip(headings), p => Assert.True(p.First >= 0, $"missing heading {p.Second}"));
        Assert.Equal(positions.Order(), positions);

        // The seed's figures, in the body and in its footnotes.
        Assert.Contains("giám sát được 02 cuộc, phản biện xã hội được 01 cuộc", text);
        Assert.Contains("8/8 xã đã thực hiện cải cách thủ tục hành chính", text);
        Assert.Contains("tiếp nhận là 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ", text);
        Assert.Contains("tổ chức tiếp công dân 65 lượt với 80 người", text);
        Assert.Contains("tiếp nhận 89 đơn", text);
        Assert.Contains("100% cơ quan hành chính, đơn vị sự nghiệp đã tổ chức hội nghị cán bộ công chức", text);
        Assert.Contains("Trong 06 tháng đầu năm 2022, tình hình kinh tế - xã hội của huyện", text);
        Assert.Contains("02 hội nghị tiếp xúc cử tri với đại biểu Quốc hội và 04 hội nghị", footnotes);
        Assert.Contains("Giải quyết đúng hạn 7.029 hồ sơ (tỷ lệ 99,17%), quá hạn 59 hồ sơ (tỷ lệ 0,83%), hồ sơ chưa giải quyết 216 hồ sơ (250 hồ sơ không đủ điều kiện", footnotes);
        Assert.Contains("14 đơn khiếu nại", footnotes);
        Assert.Contains("75 đơn kiến nghị", footnotes);
        Assert.Contains("đã giải quyết 74 đơn, còn lại 15 đơn đang tiếp tục giải quyết", footnotes);
        Assert.Contains("06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16 đơn vị hoàn thành tốt nhiệm vụ và 05 đơn vị hoàn thành nhiệm vụ", footnotes);
        Assert.Contains("doanh nghiệp tư nhân đạt 50%; trong đó doanh nghiệp nhà nước đạt 100%", footnotes);
        // Signature and recipients.
        Assert.Contains("T/M BAN CHỈ ĐẠO", paragraphs);
        Assert.Contains("TRƯỞNG BAN", paragraphs);
        Assert.Contains("Trương Hữu Đồng", paragraphs);
        Assert.Contains("Nơi nhận:", paragraphs);
        Assert.Contains("- Ban chỉ đạo QCDC tỉnh;", paragraphs);
        // Times New Roman, A4.
        Assert.All(main.Document.Body.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii?.Value));
        Assert.Equal(11906u, main.Document.Body.Descendants<PageSize>().Single().Width!.Value);

        // The appendix workbook holds the table by commune, below its title block, its figures as numbers.
        var appendix = await admin.GetByteArrayAsync($"{url}/appendix.xlsx");
        using var stream = new MemoryStream(appendix);
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, startCell: $"A{Web.Platform.Documents.Spreadsheet.HeaderRow(3)}").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Xã Phi Liêng", "Xã Rô Men", "Tổng cộng"], sheet.Select(r => r["Đơn vị"]?.ToString()));
        Assert.Equal(7554m, Convert.ToDecimal(sheet[^1]["Hồ sơ TTHC tiếp nhận (hồ sơ)"], CultureInfo.InvariantCulture));
    }
}
