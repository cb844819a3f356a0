using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Reports;
using Grassroots.Web.Modules.Steering;

namespace Grassroots.Tests.Steering;

/// <summary>
/// Done means (issue 13): the Đam Rông committee is re-organised with a decision, issues its six-month plan with tasks for each
/// commune, sends an inspection team to two communes, issues a concluding notice whose items become tasks, and one commune
/// reports a task done with evidence; the six-month report's footnotes cite the plan and the decision by number and date and
/// its key-tasks section lists the open tasks; the indicators count what the committee did.
/// </summary>
public sealed class SteeringJourneyTests
{
    internal static async Task<DocumentDto> IssueAsync(HttpClient api, string unit, string body, string kind, string on, string summary) =>
        await (await api.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = unit, issuingBody = body, kind, summary, issueNow = true, issuedOn = on, signerName = "Trương Hữu Đồng", signerTitle = "Trưởng ban" }))
            .ReadAsync<DocumentDto>();

    internal static object Members(string rm, string pl) => new[]
    {
        new { personName = "Trương Hữu Đồng", jobTitle = "Phó Bí thư Thường trực Huyện ủy", role = "Head", responsibility = "Chỉ đạo chung", areaUnitCode = (string?)null },
        new { personName = "Ka Hồng", jobTitle = "Trưởng Ban Dân vận Huyện ủy", role = "DeputyHead", responsibility = "Thường trực Ban Chỉ đạo", areaUnitCode = (string?)null },
        new { personName = "Lơ Mu K'Brơi", jobTitle = "Phó Trưởng Ban Dân vận Huyện ủy", role = "Member", responsibility = "Theo dõi địa bàn", areaUnitCode = (string?)rm },
        new { personName = "Nguyễn Văn Phúc", jobTitle = "Trưởng phòng Nội vụ", role = "Member", responsibility = "Theo dõi địa bàn", areaUnitCode = (string?)pl },
    };

    [Theory, Providers]
    public async Task A_district_committee_runs_its_half_year_and_its_report_cites_and_counts_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T675");
        var (rm, pl) = (communes[0], communes[1]);

        // The committee is re-organised by a decision of its own register: "01-QĐ/BCĐ", the Party's format (HD 36-HD/VPTW).
        var decision = await IssueAsync(admin, district, "SteeringCommittee", "Decision", "2022-03-10", "Về việc kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông");
        Assert.Equal(("01-QĐ/BCĐ", DocumentStatus.Issued), (decision.NumberAndSymbol, decision.Status));
        var committee = await (await admin.PutAsJsonAsync($"/api/v1/steering/committees/{district}", new
        {
            name = "Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông", decisionId = decision.Id, effectiveOn = "2022-03-10", members = Members(rm, pl),
        })).ReadAsync<CommitteeDto>();
        Assert.Equal(4, committee.Members.Count);
        Assert.Equal("Xã Rô Men", committee.Members.Single(m => m.PersonName == "Lơ Mu K'Brơi").AreaUnitName);
        Assert.Equal("Quyết định số 01-QĐ/BCĐ ngày 10/3/2022 của Ban Chỉ đạo QCDC cơ sở huyện về kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông",
            committee.Changes.Single().Citation);

        // Its six-month plan, issued as "01-KH/BCĐ" (the Party numbers each kind from 01), with a task for each commune.
        var planDoc = await IssueAsync(admin, district, "SteeringCommittee", "Plan", "2022-03-15", "Kế hoạch thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2022");
        Assert.Equal("01-KH/BCĐ", planDoc.NumberAndSymbol);
        var plan = await (await admin.PostAsJsonAsync("/api/v1/steering/plans", new
        {
            unitCode = district, title = "Kế hoạch thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2022", kind = "SixMonthly", from = "2022-01-01", to = "2022-06-30", documentId = planDoc.Id,
        })).ReadAsync<PlanDto>();
        // Due on Sunday 15/5/2022: a day off, so the task is due the next working day, Monday 16/5 (BLDS Điều 148 khoản 2).
        var rmTask = await (await admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = rm, title = "Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân", assignedOn = "2022-03-15", dueOn = "2022-05-15", expectedOutput = "Biên bản đối thoại" }))
            .ReadAsync<TaskDto>();
        Assert.Equal(new DateOnly(2022, 5, 16), rmTask.DueOn);
        var plTask = await (await admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = pl, title = "Rà soát, sửa đổi hương ước của các thôn, bon", assignedOn = "2022-03-15", dueOn = "2022-09-30" })).ReadAsync<TaskDto>();

        // An inspection team to the two communes, told a week ahead; findings; a concluding notice whose items become tasks.
        var inspection = await (await admin.PostAsJsonAsync("/api/v1/steering/inspections", new
        {
            unitCode = district, title = "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm 2022", team = "Trương Hữu Đồng — Trưởng đoàn\nKa Hồng — Phó Trưởng đoàn",
            from = "2022-05-10", to = "2022-05-12", notifiedOn = "2022-05-03", unitCodes = new[] { rm, pl },
        })).ReadAsync<InspectionDto>();
        (await admin.PutAsJsonAsync($"/api/v1/steering/inspections/{inspection.Id}/units/{rm}/findings",
            new { findings = "Xã đã niêm yết công khai đầy đủ; hồ sơ tiếp công dân chưa cập nhật kịp thời." })).EnsureSuccessStatusCode();
        var notice = await (await admin.PostAsJsonAsync($"/api/v1/steering/inspections/{inspection.Id}/notice", new
        {
            issuingBody = "SteeringCommittee", issuedOn = "2022-05-20", signerName = "Trương Hữu Đồng", signerTitle = "Trưởng ban",
            summary = "Kết luận của Ban Chỉ đạo về kết quả kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm 2022",
            conclusions = "Các xã được kiểm tra đã quan tâm chỉ đạo thực hiện quy chế dân chủ ở cơ sở.",
            items = new[]
            {
                new { text = "Cập nhật đầy đủ sổ tiếp công dân", assigneeUnitCode = rm, dueOn = "2022-06-10" },
                new { text = "Tổ chức hội nghị đối thoại với Nhân dân", assigneeUnitCode = pl, dueOn = "2022-08-31" },
            },
        })).ReadAsync<DocumentDto>();
        Assert.Equal(("01-TB/BCĐ", DocumentKind.Notice), (notice.NumberAndSymbol, notice.Kind));
        var items = await (await admin.GetAsync($"/api/v1/steering/tasks?unit={district}")).ReadAsync<List<TaskDto>>();
        var rmItem = items.Single(t => t.NoticeId == notice.Id && t.AssigneeUnitCode == rm);
        Assert.Equal(2, items.Count(t => t.NoticeId == notice.Id));

        // The notice as a Word document in the Party's format, its items with the unit in charge and the due day.
        var docx = await admin.GetByteArrayAsync($"/api/v1/steering/documents/{notice.Id}/notice.docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            System.IO.Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "test-results"));
            await File.WriteAllBytesAsync(Path.Combine(Repo.Root, "artifacts", "test-results", $"thong-bao-ket-luan-{provider}.docx"), docx);
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
            Assert.Equal(["HUYỆN ỦY ĐAM RÔNG", "BAN CHỈ ĐẠO THỰC HIỆN", "QUY CHẾ DÂN CHỦ CƠ SỞ"], paragraphs.Take(3));
            Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", paragraphs);
            Assert.Contains("Số 01-TB/BCĐ", paragraphs);
            Assert.Contains("THÔNG BÁO", paragraphs);
            Assert.Contains("1. Cập nhật đầy đủ sổ tiếp công dân. Đơn vị thực hiện: Xã Rô Men; thời hạn hoàn thành: 10/6/2022.", paragraphs);
            Assert.Contains("T/M BAN CHỈ ĐẠO", paragraphs);
        }

        // Rô Men's officer reports its item done with evidence: done on time (5/6, due 10/6); it sees nothing of Phi Liêng's.
        var officer = await OfficerAsync(app, admin, "cb.t675romen", rm);
        using (var form = new MultipartFormDataContent
        {
            { new StringContent("2022-06-05"), "reportedOn" },
            { new StringContent("Đã cập nhật sổ tiếp công dân từ tháng 01/2022."), "note" },
            { new StringContent("true"), "completes" },
        })
        {
            var file = new ByteArrayContent(SampleFiles.Pdf("sổ tiếp công dân"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "so-tiep-cong-dan.pdf");
            var done = await (await officer.PostAsync($"/api/v1/steering/tasks/{rmItem.Id}/progress", form)).ReadAsync<TaskDto>();
            Assert.Equal((TaskState.Done, true, "so-tiep-cong-dan.pdf"), (done.State, done.OnTime, done.Progress.Single().FileName));
        }
        var closed = await officer.PostAsJsonAsync($"/api/v1/steering/tasks/{rmItem.Id}/progress", new { reportedOn = "2022-06-06", note = "Bổ sung" });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("Nhiệm vụ đã kết thúc; không nhận thêm báo cáo tiến độ.", (await closed.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/steering/tasks/{plTask.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = rm, title = "Tự giao", assignedOn = "2022-03-15", dueOn = "2022-05-20" })).StatusCode);

        // The indicators count it, from the records: documents issued, one re-organisation, one inspection of two communes,
        // and of the two tasks due in the half-year (Rô Men's plan task 16/5, still open; its notice item 10/6, done 5/6) one on time.
        var values = await IndicatorsApiTests.ValuesAsync(admin, district, "2022-01-01", "2022-06-30");
        Assert.Equal(3, values["steering.documents_issued"]);
        Assert.Equal(1, values["steering.issued.plans"]);
        Assert.Equal(1, values["steering.reorganisations"]);
        Assert.Equal(1, values["steering.inspections"]);
        Assert.Equal(2, values["steering.units_inspected"]);
        Assert.Equal(2, values["steering.tasks_due"]);
        Assert.Equal(1, values["steering.tasks_on_time"]);
        Assert.Equal(50, values["steering.tasks_on_time_rate"]);

        // The six-month report: its footnote cites the plan and the decision by number and date; its key tasks are the open ones.
        var period = await ReportWorkflowTests.OpenAsync(admin, district, "2022-01-01", "2022-06-30", "2022-06-20");
        var report = await admin.GetByteArrayAsync($"/api/v1/reports/periods/{period.Id}/units/{district}/document.docx");
        await File.WriteAllBytesAsync(Path.Combine(Repo.Root, "artifacts", "test-results", $"bao-cao-6-thang-{provider}.docx"), report);
        using var doc = WordprocessingDocument.Open(new MemoryStream(report), false);
        var text = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var footnotes = string.Join("\n", doc.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Select(f => f.InnerText));
        Assert.Contains(text, p => p.StartsWith("Trong kỳ, cấp ủy, chính quyền và Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở huyện đã ban hành 03 văn bản", StringComparison.Ordinal));
        Assert.Contains("Quyết định số 01-QĐ/BCĐ ngày 10/3/2022 của Ban Chỉ đạo QCDC cơ sở huyện về kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông", footnotes);
        Assert.Contains("Kế hoạch số 01-KH/BCĐ ngày 15/3/2022 của Ban Chỉ đạo QCDC cơ sở huyện về kế hoạch thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2022", footnotes);
        // The sections the district left empty are left out of the document to sign, so the key tasks are part III here.
        var keyTasks = text.SkipWhile(p => p != "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022").Skip(1).ToList();
        Assert.Equal("1. Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân (đơn vị thực hiện: Xã Rô Men; thời hạn: 16/5/2022).", keyTasks[0]);
        Assert.Equal("2. Tổ chức hội nghị đối thoại với Nhân dân (đơn vị thực hiện: Xã Phi Liêng; thời hạn: 31/8/2022).", keyTasks[1]);
        Assert.Equal("3. Rà soát, sửa đổi hương ước của các thôn, bon (đơn vị thực hiện: Xã Phi Liêng; thời hạn: 30/9/2022).", keyTasks[2]);
        Assert.DoesNotContain(keyTasks, p => p.Contains("sổ tiếp công dân", StringComparison.Ordinal));
    }

    internal static async Task<HttpClient> OfficerAsync(GrassrootsApp app, HttpClient admin, string userName, string unitCode, string role = "Officer")
    {
        var r = await admin.PostAsJsonAsync("/api/v1/accounts",
            new { userName, fullName = "Công chức " + unitCode, password = Web.Platform.Demo.DemoAccounts.DemoPassword, homeUnitCode = unitCode, role });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        await app.EnrolTwoFactorAsync(userName);
        return await app.ApiAsync(userName, Web.Platform.Demo.DemoAccounts.DemoPassword);
    }
}
