using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reports;

namespace Grassroots.Tests.Reports;

/// <summary>
/// The steering committee and the supervisors act on reports through the one unit scope: the province's steering committee
/// (bcd.lamdong) opens periods over Lâm Đồng, accepts and returns its communes' reports, writes, signs and exports the
/// consolidated report — and nothing of Quảng Ngãi; a district's supervisor (gs.damrong) writes the supervision part of its
/// communes' reports, nothing else of them, and nothing outside the district.
/// </summary>
public sealed class SteeringCommitteeTests
{
    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> call) => (await call).StatusCode;

    private static async Task<PeriodDto> DemoPeriodAsync(HttpClient admin, string province)
    {
        var listed = (await (await admin.GetAsync($"/api/v1/reports/periods?unit={province}")).ReadAsync<List<PeriodDto>>())
            .First(p => p.OwnerCode == province && p.Status == PeriodStatus.Open && p.TemplateKey == BuiltInTemplates.GovernmentReview);
        return await (await admin.GetAsync($"/api/v1/reports/periods/{listed.Id}")).ReadAsync<PeriodDto>();
    }

    [Theory, Providers]
    public async Task The_steering_committee_opens_periods_reviews_reports_and_signs_the_consolidated_report_of_its_province_only(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        using var bcd = await app.ApiAsync("bcd.lamdong");

        // Opening: over its province, yes; over Quảng Ngãi, no.
        var own = await ReportWorkflowTests.OpenAsync(bcd, "68", "2026-01-01", "2026-06-30", "2026-12-15", BuiltInTemplates.SteeringSixMonths, ["24971", "24974"]);
        Assert.Equal(["24971", "24974"], own.Units!.Select(u => u.UnitCode));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = BuiltInTemplates.SteeringSixMonths, unitCode = "51", title = "Báo cáo QCDC", from = "2026-01-01", to = "2026-06-30", dueOn = "2026-12-15", recipient = "x",
        })));

        // The demo's open period of each province: two communes have sent their reports.
        var lamDong = await DemoPeriodAsync(admin, "68");
        var quangNgai = await DemoPeriodAsync(admin, "51");
        var sent = lamDong.Units!.Where(u => u.Status == ReportStatus.Submitted).Select(u => u.UnitCode).ToList();
        Assert.Equal(2, sent.Count);
        var url = $"/api/v1/reports/periods/{lamDong.Id}";
        var accepted = await (await bcd.PostAsync($"{url}/units/{sent[0]}/accept", null)).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.Accepted, accepted.Status);
        var returned = await (await bcd.PostAsJsonAsync($"{url}/units/{sent[1]}/return", new { comment = "Bổ sung kết quả giám sát." })).ReadAsync<UnitReportDto>();
        Assert.Equal((ReportStatus.Returned, "Bổ sung kết quả giám sát."), (returned.Status, returned.ReturnComment));
        // A commune's own report is its staff's to write and send, not the steering committee's.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PutAsJsonAsync($"{url}/units/{sent[1]}", new { prose = new { situation = "Viết hộ" } })));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PostAsync($"{url}/units/{sent[1]}/submit", null)));

        // Quảng Ngãi's period is out of reach: not readable, not reviewable, not closable, its report not exportable.
        var qn = $"/api/v1/reports/periods/{quangNgai.Id}";
        var qnSent = quangNgai.Units!.First(u => u.Status == ReportStatus.Submitted).UnitCode;
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.GetAsync(qn)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PostAsync($"{qn}/units/{qnSent}/accept", null)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PostAsJsonAsync($"{qn}/units/{qnSent}/return", new { comment = "x" })));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PostAsync($"{qn}/close", null)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.GetAsync($"{qn}/units/51/document.docx")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bcd.PutAsJsonAsync($"{qn}/units/51", new { number = "01" })));
        Assert.DoesNotContain(await (await bcd.GetAsync("/api/v1/reports/periods")).ReadAsync<List<PeriodDto>>(), p => p.OwnerCode == "51");

        // The consolidated report: before it is signed, it says what it lacks; the steering committee sets number, date and signer.
        var draft = await (await bcd.GetAsync($"{url}/units/68")).ReadAsync<UnitReportDto>();
        Assert.Contains(draft.Report.Missing, g => g.Key == "Number");
        Assert.Contains(draft.Report.Missing, g => g.Key == "Signer");
        Assert.Contains(draft.Report.Missing, g => g.Key == "IssuedOn");
        Assert.Contains(draft.Report.Missing, g => g.Key == "EmptySection" && g.Section == "V. KIẾN NGHỊ, ĐỀ XUẤT");
        // The key tasks are drafted from the open tasks of the province's committee (the demo's plans), so that section is not empty.
        Assert.DoesNotContain(draft.Report.Missing, g => g.Key == "EmptySection" && g.Section == "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI");
        var signed = await (await bcd.PutAsJsonAsync($"{url}/units/68", new
        {
            number = "05",
            issuedOn = "2026-07-10",
            signerTitle = "PHÓ CHỦ TỊCH",
            signerName = "Nguyễn Văn Bình",
            prose = new Dictionary<string, string> { ["next_tasks"] = "Tiếp tục thực hiện tốt quy chế dân chủ ở cơ sở." },
        })).ReadAsync<UnitReportDto>();
        Assert.Equal("05/BC-UBND", signed.Report.NumberAndSymbol);
        Assert.Equal(new DateOnly(2026, 7, 10), signed.Report.Date);
        Assert.DoesNotContain(signed.Report.Missing, g => g.Key is "Number" or "Signer" or "IssuedOn");
        Assert.DoesNotContain(signed.Report.Missing, g => g.Section == "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI");

        // Exported: named from its number and title, in ASCII, with filename* too; empty sections left out, the signer printed.
        var docx = await bcd.GetAsync($"{url}/units/68/document.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var name = docx.Content.Headers.ContentDisposition!;
        Assert.Equal("05-BC-UBND-ket-qua-thuc-hien-cong-tac-dan-van-chinh-quyen-va-DCCS-6-thang-dau-nam-2026.docx", name.FileName);
        Assert.Equal(name.FileName, name.FileNameStar);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Contains("Số: 05/BC-UBND", paragraphs);
        Assert.Contains("Lâm Đồng, ngày 10 tháng 7 năm 2026", paragraphs);
        Assert.Contains("Nguyễn Văn Bình", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.EndsWith("KIẾN NGHỊ, ĐỀ XUẤT", StringComparison.Ordinal)); // nothing written in it

        // Closing before the due date with communes still waiting is refused to it as to anyone; not out of reach.
        Assert.Equal(HttpStatusCode.Conflict, await StatusAsync(bcd.PostAsync($"{url}/close", null)));
    }

    [Theory, Providers]
    public async Task When_the_steering_committee_accepts_a_report_the_head_returns_at_the_same_moment_one_wins_and_the_other_is_told_409(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var period = await DemoPeriodAsync(admin, "68");
        var sent = period.Units!.First(u => u.Status == ReportStatus.Submitted).UnitCode;
        var url = $"/api/v1/reports/periods/{period.Id}/units/{sent}";
        using var bcd = await app.ApiAsync("bcd.lamdong");
        using var head = await app.ApiAsync("ld.lamdong");
        var statuses = await app.Race.RunAsync(2, i => i == 0
            ? bcd.PostAsync($"{url}/accept", null)
            : head.PostAsJsonAsync($"{url}/return", new { comment = "Bổ sung số liệu." }));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Conflict));
        var report = await (await admin.GetAsync(url)).ReadAsync<UnitReportDto>();
        Assert.Equal(statuses[0] == HttpStatusCode.OK ? ReportStatus.Accepted : ReportStatus.Returned, report.Status);
    }

    [Theory, Providers]
    public async Task A_wrong_number_or_issue_date_is_refused_in_the_readers_language_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        using var bcd = await app.ApiAsync("bcd.lamdong");
        var url = $"/api/v1/reports/periods/{(await DemoPeriodAsync(admin, "68")).Id}/units/68";
        var refused = await bcd.PutAsJsonAsync(url, new { number = "05/BC", signerName = "Nguyễn Văn Bình" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Số văn bản chỉ gồm chữ số", (await refused.Content.ReadAsStringAsync()));
        var english = await bcd.PutAsJsonAsync(url + "?lang=en", new { issuedOn = "1900-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("The issue date is not valid", await english.Content.ReadAsStringAsync());
        var notADate = await bcd.PutAsJsonAsync(url, new { issuedOn = "ngày mai" });
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        var report = await (await bcd.GetAsync(url)).ReadAsync<UnitReportDto>();
        Assert.Equal((ReportStatus.NotStarted, null, ""), (report.Status, report.Report.Number, report.Report.SignerName));
    }

    [Theory, Providers]
    public async Task A_supervisor_writes_the_supervision_part_of_the_reports_of_its_district_and_nothing_else(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // A period of Đam Rông before the reform, and one of Bình Sơn, each with one commune.
        var damRong = await ReportWorkflowTests.OpenAsync(admin, "675", units: ["24901"], due: "2026-12-20");
        var binhSon = await ReportWorkflowTests.OpenAsync(admin, "522", units: ["20104"], due: "2026-12-20");
        using var gs = await app.ApiAsync("gs.damrong");
        var url = $"/api/v1/reports/periods/{damRong.Id}/units/24901";

        var written = await (await gs.PutAsJsonAsync(url, new
        {
            prose = new Dictionary<string, string> { ["front"] = "Ủy ban MTTQ xã tổ chức 02 cuộc giám sát việc niêm yết công khai; kiến nghị UBND xã niêm yết đủ 30 ngày." },
        })).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.Draft, written.Status);
        Assert.Contains(written.Report.Sections.SelectMany(s => s.Blocks), b => b.ProseKey == "front" && b.Paragraph?.Text.StartsWith("Ủy ban MTTQ xã", StringComparison.Ordinal) == true);

        // Not the rest of the report, not its header, not sending it, not reviewing it, not opening periods.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PutAsJsonAsync(url, new { prose = new { situation = "Tình hình ổn định." } })));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PutAsJsonAsync(url, new { number = "07" })));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PostAsync($"{url}/submit", null)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PostAsync($"{url}/accept", null)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = BuiltInTemplates.SteeringSixMonths, unitCode = "675", title = "x", from = "2022-01-01", to = "2022-06-30", dueOn = "2022-06-15", recipient = "x",
        })));
        // Outside its district: Bình Sơn's commune.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gs.PutAsJsonAsync($"/api/v1/reports/periods/{binhSon.Id}/units/20104",
            new { prose = new Dictionary<string, string> { ["front"] = "Giám sát hộ" } })));

        // The commune's staff still write the rest and send it; the supervision part goes up with it.
        (await admin.PostAsync($"{url}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, await StatusAsync(gs.PutAsJsonAsync(url, new { prose = new Dictionary<string, string> { ["front"] = "Sửa sau khi gửi" } })));
    }

    [Theory, Providers]
    public async Task On_the_pages_the_steering_committee_opens_a_period_of_its_province_reviews_a_commune_and_is_told_what_its_report_lacks(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var lamDong = await DemoPeriodAsync(admin, "68");
        var quangNgai = await DemoPeriodAsync(admin, "51");
        using var bcd = await PageClient.SignInAsync(app, "bcd.lamdong");

        // The form to open a period offers its province (and what lies under it), never Quảng Ngãi; the template shows a version a person reads.
        var index = await bcd.Client.GetStringAsync("/reports");
        Assert.Contains("id=\"open-period\"", index);
        Assert.Contains("<option value=\"68\"", index);
        Assert.DoesNotContain("<option value=\"51\"", index);
        Assert.DoesNotContain("(v1)", index);
        Assert.Contains("phiên bản 1, ngày", index);
        var opened = await bcd.PostFormAsync("/reports", new()
        {
            ["TemplateKey"] = BuiltInTemplates.SteeringSixMonths, ["UnitCode"] = "68", ["Title"] = "Báo cáo kết quả thực hiện QCDC 6 tháng đầu năm 2026",
            ["From"] = "2026-01-01", ["To"] = "2026-06-30", ["DueOn"] = "2026-12-15", ["Recipient"] = "Ban Chỉ đạo QCDC Trung ương",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var period = await bcd.Client.GetStringAsync(opened.Headers.Location!.OriginalString);
        Assert.Contains("Xã Rô Men", period);
        var refused = await bcd.PostFormAsync("/reports", new()
        {
            ["TemplateKey"] = BuiltInTemplates.SteeringSixMonths, ["UnitCode"] = "51", ["Title"] = "Kỳ của tỉnh khác",
            ["From"] = "2026-01-01", ["To"] = "2026-06-30", ["DueOn"] = "2026-12-15", ["Recipient"] = "x",
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode); // a page saying why
        Assert.Contains("Tỉnh Quảng Ngãi", await refused.Content.ReadAsStringAsync());

        // The demo period: a link to the consolidated report and what it lacks before it is signed; no spreadsheet import (not its work).
        var page = await bcd.Client.GetStringAsync($"/reports/{lamDong.Id}");
        Assert.Contains($"href=\"/reports/{lamDong.Id}/units/68\"", page);
        Assert.Contains("id=\"report-gaps\"", page);
        Assert.Contains("Số văn bản", page);
        Assert.Contains("Mục V. KIẾN NGHỊ, ĐỀ XUẤT chưa có nội dung", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("id=\"period-spreadsheet\"", page);

        // Its landing page names the reports sent up to it; a commune's report sent up: the review buttons, and accepting it.
        Assert.Equal(2, Home.MyWorkTests.Count(await bcd.Client.GetStringAsync("/"), "reports-review"));
        var sent = lamDong.Units!.First(u => u.Status == ReportStatus.Submitted).UnitCode;
        var reportUrl = $"/reports/{lamDong.Id}/units/{sent}";
        Assert.Contains("id=\"accept-report\"", await bcd.Client.GetStringAsync(reportUrl));
        var accept = await bcd.PostFormAsync($"{reportUrl}?handler=accept", new());
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Contains("Đã chấp nhận", await bcd.Client.GetStringAsync(reportUrl));
        Assert.Equal(1, Home.MyWorkTests.Count(await bcd.Client.GetStringAsync("/"), "reports-review"));

        // Quảng Ngãi's pages and forms are refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await bcd.Client.GetAsync($"/reports/{quangNgai.Id}")).StatusCode);
        var qnSent = quangNgai.Units!.First(u => u.Status == ReportStatus.Submitted).UnitCode;
        Assert.Equal(HttpStatusCode.Forbidden, (await bcd.PostFormAsync($"/reports/{quangNgai.Id}/units/{qnSent}?handler=accept", new(), reportUrl)).StatusCode);
        var untouched = await (await admin.GetAsync($"/api/v1/reports/periods/{quangNgai.Id}")).ReadAsync<PeriodDto>();
        Assert.Equal(ReportStatus.Submitted, untouched.Units!.Single(u => u.UnitCode == qnSent).Status);
    }

    [Theory, Providers]
    public async Task On_the_page_a_supervisor_writes_only_the_supervision_part_of_a_communes_report_of_its_district(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var damRong = await ReportWorkflowTests.OpenAsync(admin, "675", units: ["24901"], due: "2026-12-20");
        var binhSon = await ReportWorkflowTests.OpenAsync(admin, "522", units: ["20104"], due: "2026-12-20");
        using var gs = await PageClient.SignInAsync(app, "gs.damrong");
        var url = $"/reports/{damRong.Id}/units/24901";
        var html = await gs.Client.GetStringAsync(url);
        Assert.Contains("id=\"prose-front\"", html);
        Assert.DoesNotContain("id=\"prose-situation\"", html);
        Assert.DoesNotContain("id=\"submit-report\"", html);
        Assert.DoesNotContain("id=\"signer-name\"", html);
        var saved = await gs.PostFormAsync($"{url}?handler=save", new() { ["Prose[front]"] = "Ban Thanh tra nhân dân xã giám sát 03 cuộc; kiến nghị 02 nội dung." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Ban Thanh tra nhân dân xã giám sát 03 cuộc", await gs.Client.GetStringAsync(url));
        // A field of the rest of the report slipped into the form is refused, and nothing is saved.
        var slipped = await gs.PostFormAsync($"{url}?handler=save", new() { ["Prose[situation]"] = "Viết hộ phần tình hình" });
        Assert.Contains("chỉ được viết phần giám sát", await slipped.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Viết hộ phần tình hình", (await (await admin.GetAsync($"/api/v1/reports/periods/{damRong.Id}/units/24901")).Content.ReadAsStringAsync()));
        // Outside its district.
        Assert.Equal(HttpStatusCode.Forbidden, (await gs.Client.GetAsync($"/reports/{binhSon.Id}/units/20104")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gs.PostFormAsync($"/reports/{binhSon.Id}/units/20104?handler=save",
            new() { ["Prose[front]"] = "Giám sát hộ" }, url)).StatusCode);
    }

    [Fact]
    public void Units_that_wrote_the_same_are_named_once_in_one_sentence_with_their_names_as_the_tree_holds_them()
    {
        var composed = ReportComposer.Compose(
        [
            ("Xã Rô Men", "Trong kỳ, tình hình kinh tế - xã hội của xã rô men ổn định."),
            ("Xã Phi Liêng", "Trong kỳ, tình hình kinh tế - xã hội của Xã Phi Liêng ổn định."),
            ("Xã Đạ Tông", "Trong kỳ, tình hình kinh tế - xã hội của Xã Đạ Tông ổn định."),
            ("Xã Đạ K' Nàng", "Tiếp dân đúng lịch."),
            ("Xã Liêng Srônh", "Tiếp dân đúng lịch."),
            ("Xã Đạ Rsal", "Có 01 vụ việc khiếu nại kéo dài."),
        ]).ToList();
        Assert.Equal(
        [
            "Trong kỳ, tình hình kinh tế - xã hội của Xã Rô Men, Xã Phi Liêng và Xã Đạ Tông ổn định.",
            "Xã Đạ K' Nàng và Xã Liêng Srônh: Tiếp dân đúng lịch.",
            "Xã Đạ Rsal: Có 01 vụ việc khiếu nại kéo dài.",
        ], composed);
    }
}
