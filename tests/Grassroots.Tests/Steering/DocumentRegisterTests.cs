using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Reports;
using Grassroots.Web.Modules.Steering;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Tests.Steering;

/// <summary>
/// The register numbers documents as Nghị định 30/2020/NĐ-CP prescribes (docs/legal.md ND30-NUMBER): "Số và thời gian ban hành
/// văn bản được lấy theo thứ tự và trình tự thời gian ban hành văn bản của cơ quan, tổ chức trong năm (bắt đầu liên tục từ số 01
/// vào ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12 hàng năm)" — a number is never given twice, even when many are issued
/// at once; the Party's bodies number each kind on its own (HD36-NUMBER, as the seed shows "02-QĐ/BCĐ" beside "01-TB/BCĐ").
/// </summary>
public sealed class DocumentRegisterTests
{
    [Fact]
    public void Symbols_dates_and_citations_are_written_as_the_decree_and_the_seed_write_them()
    {
        Assert.Equal("47/KH-UBND", SteeringRules.Symbol(IssuingBody.PeoplesCommittee, UnitKind.District, DocumentKind.Plan, 47, null));
        Assert.Equal("05/BC-UBND", SteeringRules.Symbol(IssuingBody.PeoplesCommittee, UnitKind.Commune, DocumentKind.Report, 5, null));
        Assert.Equal("868/UBND-TH", SteeringRules.Symbol(IssuingBody.PeoplesCommittee, UnitKind.District, DocumentKind.OfficialLetter, 868, "TH"));
        Assert.Equal("02-QĐ/BCĐ", SteeringRules.Symbol(IssuingBody.SteeringCommittee, UnitKind.District, DocumentKind.Decision, 2, null));
        Assert.Equal("135-TB/BCĐ", SteeringRules.Symbol(IssuingBody.SteeringCommittee, UnitKind.Province, DocumentKind.Notice, 135, null));
        Assert.Equal("15-CV/HU", SteeringRules.Symbol(IssuingBody.PartyCommittee, UnitKind.District, DocumentKind.OfficialLetter, 15, null));
        Assert.Equal(HeaderStyle.Party, SteeringRules.FormatOf(IssuingBody.SteeringCommittee));
        Assert.Equal(HeaderStyle.State, SteeringRules.FormatOf(IssuingBody.PeoplesCommittee));
        // NĐ 30/2020 Phụ lục I: "ngày dưới 10 và tháng 1, 2 phải ghi thêm số 0 ở trước" — as the seed's footnotes print them.
        Assert.Equal("04/4/2022", SteeringRules.Date(new DateOnly(2022, 4, 4)));
        Assert.Equal("10/02/2022", SteeringRules.Date(new DateOnly(2022, 2, 10)));
        Assert.Equal("18/5/2022", SteeringRules.Date(new DateOnly(2022, 5, 18)));
        // The seed's footnote ³ (Đam Rông, 2022), word for word.
        Assert.Equal("Quyết định số 02-QĐ/BCĐ ngày 08/6/2022 của Ban Chỉ đạo QCDC cơ sở huyện về ban hành Quy chế hoạt động của Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông",
            SteeringRules.Citation(DocumentKind.Decision, "02-QĐ/BCĐ", new DateOnly(2022, 6, 8), SteeringRules.BodyName(IssuingBody.SteeringCommittee, UnitKind.District),
                "Về ban hành Quy chế hoạt động của Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông"));
        Assert.Equal("Kế hoạch số 47/KH-UBND ngày 04/4/2022 của UBND huyện về triển khai thực hiện quy chế dân chủ",
            SteeringRules.Citation(DocumentKind.Plan, "47/KH-UBND", new DateOnly(2022, 4, 4), "UBND huyện", "V/v triển khai thực hiện quy chế dân chủ"));
    }

    [Theory, Providers]
    public async Task A_hundred_documents_issued_at_once_get_a_hundred_distinct_consecutive_numbers_and_each_year_starts_again_at_01(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, _) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T675");
        var drafts = new List<DocumentDto>();
        for (var i = 0; i < 100; i++)
        {
            drafts.Add(await (await admin.PostAsJsonAsync("/api/v1/steering/documents",
                new { unitCode = district, issuingBody = "PeoplesCommittee", kind = i % 2 == 0 ? "Plan" : "OfficialLetter", summary = $"Văn bản số {i}", draftingOffice = "VP" }))
                .ReadAsync<DocumentDto>());
        }
        Assert.All(drafts, d => Assert.Null(d.NumberAndSymbol)); // a draft has no number

        // 100 issued at the same moment: the People's Committee numbers all its kinds in one series.
        var issued = await Task.WhenAll(drafts.Select(async d =>
            await (await admin.PostAsJsonAsync($"/api/v1/steering/documents/{d.Id}/issue", new { issuedOn = "2026-11-20", signerName = "Nguyễn Văn A" })).ReadAsync<DocumentDto>()));
        Assert.Equal(Enumerable.Range(1, 100), issued.Select(d => d.Number!.Value).Order());
        Assert.Contains(issued, d => d.NumberAndSymbol == "01/KH-UBND" || d.NumberAndSymbol == "01/UBND-VP");
        Assert.Equal(100, issued.Select(d => d.NumberAndSymbol).Distinct().Count());

        // Issuing twice gives no second number.
        var again = await admin.PostAsJsonAsync($"/api/v1/steering/documents/{drafts[0].Id}/issue", new { issuedOn = "2026-11-21" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // A date before the last one numbered in the series would break the order of numbers and dates: refused, nothing changed.
        var late = await (await admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = district, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Văn bản ghi lùi ngày" })).ReadAsync<DocumentDto>();
        var backdated = await admin.PostAsJsonAsync($"/api/v1/steering/documents/{late.Id}/issue", new { issuedOn = "2026-11-19" });
        Assert.Equal(HttpStatusCode.BadRequest, backdated.StatusCode);
        Assert.Contains("không được trước văn bản đã cấp số gần nhất trong sổ (20/11/2026)", (await backdated.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Null((await (await admin.GetAsync($"/api/v1/steering/documents/{late.Id}")).ReadAsync<DocumentDto>()).Number);

        // The Party's body numbers each kind on its own, from 01; a new year starts at 01 again.
        async Task<string?> IssueAsync(string body, string kind, string on) =>
            (await SteeringJourneyTests.IssueAsync(admin, district, body, kind, on, "Văn bản của Ban Chỉ đạo")).NumberAndSymbol;
        Assert.Equal("01-QĐ/BCĐ", await IssueAsync("SteeringCommittee", "Decision", "2025-12-30"));
        Assert.Equal("01-TB/BCĐ", await IssueAsync("SteeringCommittee", "Notice", "2025-12-30"));
        Assert.Equal("02-QĐ/BCĐ", await IssueAsync("SteeringCommittee", "Decision", "2025-12-31"));
        Assert.Equal("01-QĐ/BCĐ", await IssueAsync("SteeringCommittee", "Decision", "2026-01-05"));
        Assert.Equal("101/KH-UBND", await IssueAsync("PeoplesCommittee", "Plan", "2026-11-23"));
    }

    [Theory, Providers]
    public async Task Bad_input_gets_a_clear_Vietnamese_message_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T675");
        async Task<string> RefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var r = await call;
            Assert.Equal(status, r.StatusCode);
            var problem = await r.ProblemAsync();
            var errors = problem.TryGetProperty("errors", out var e) ? string.Join(" ", e.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(x => x.GetString()))) : "";
            return problem.GetProperty("detail").GetString() + " " + errors;
        }
        Task<int> CountAsync() => app.DbAsync(async db => await db.Set<SteeringDocument>().CountAsync() + await db.Set<SteeringTask>().CountAsync()
            + await db.Set<SteeringCommittee>().CountAsync() + await db.Set<TaskProgress>().CountAsync() + await db.Set<SteeringInspection>().CountAsync());

        var decision = await SteeringJourneyTests.IssueAsync(admin, district, "SteeringCommittee", "Decision", "2026-03-02", "Về việc kiện toàn Ban Chỉ đạo");
        var plan = await (await admin.PostAsJsonAsync("/api/v1/steering/plans",
            new { unitCode = district, title = "Kế hoạch năm 2026", kind = "Yearly", from = "2026-01-01", to = "2026-12-31" })).ReadAsync<PlanDto>();
        var before = await CountAsync();

        // A number given twice: a document numbered by the clerical office with a number the register already holds that year.
        (await admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = district, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Kế hoạch", numberAndSymbol = "47/KH-UBND", issuedOn = "2026-04-04" })).EnsureSuccessStatusCode();
        before++;
        Assert.Contains("Số 47/KH-UBND đã có trong sổ năm 2026: một số không được cấp hai lần.", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = district, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Kế hoạch khác", numberAndSymbol = "47/KH-UBND", issuedOn = "2026-05-04" }), HttpStatusCode.Conflict));
        // An issued document dated in the future (the clock says 23/11/2026).
        Assert.Contains("Ngày ban hành không được sau ngày hôm nay.", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = district, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Kế hoạch", issueNow = true, issuedOn = "2026-12-01" })));
        // A task due before it was assigned; a task for a unit outside the committee's subtree.
        Assert.Contains("Hạn nộp không được trước ngày giao nhiệm vụ.", await RefusedAsync(admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = communes[0], title = "Rà soát hương ước", assignedOn = "2026-05-10", dueOn = "2026-05-01" })));
        Assert.Contains("đơn vị không thuộc phạm vi của Ban Chỉ đạo", await RefusedAsync(admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = "20104", title = "Rà soát hương ước", assignedOn = "2026-05-10", dueOn = "2026-06-01" })));
        // A member assigned twice to the same role; two heads.
        Assert.Contains("Nguyễn Văn A được phân công hai lần cùng một vai trò.", await RefusedAsync(admin.PutAsJsonAsync($"/api/v1/steering/committees/{district}", new
        {
            name = "Ban Chỉ đạo", decisionId = decision.Id, effectiveOn = "2026-03-02",
            members = new[] { new { personName = "Trần Thị B", role = "Head" }, new { personName = "Nguyễn Văn A", role = "Member" }, new { personName = "nguyễn văn a", role = "Member" } },
        })));
        Assert.Contains("Ban Chỉ đạo có đúng một Trưởng ban (danh sách có 2).", await RefusedAsync(admin.PutAsJsonAsync($"/api/v1/steering/committees/{district}", new
        {
            name = "Ban Chỉ đạo", decisionId = decision.Id, effectiveOn = "2026-03-02",
            members = new[] { new { personName = "Trần Thị B", role = "Head" }, new { personName = "Nguyễn Văn A", role = "Head" } },
        })));
        // An undefined role is refused at the edge.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/v1/steering/committees/{district}", new
        {
            name = "Ban Chỉ đạo", decisionId = decision.Id, effectiveOn = "2026-03-02", members = new[] { new { personName = "Trần Thị B", role = "Chairman" } },
        })).StatusCode);
        // An inspection told after it began; an empty conclusion item.
        Assert.Contains("phải trước ngày bắt đầu kiểm tra", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/steering/inspections", new
        {
            unitCode = district, title = "Kiểm tra", team = "Đoàn", from = "2026-10-05", to = "2026-10-06", notifiedOn = "2026-10-06", unitCodes = new[] { communes[0] },
        })));
        var inspection = await (await admin.PostAsJsonAsync("/api/v1/steering/inspections", new
        {
            unitCode = district, title = "Kiểm tra", team = "Đoàn", from = "2026-10-05", to = "2026-10-06", notifiedOn = "2026-09-28", unitCodes = communes,
        })).ReadAsync<InspectionDto>();
        before++;
        Assert.Contains("Nội dung kết luận không được để trống.", await RefusedAsync(admin.PostAsJsonAsync($"/api/v1/steering/inspections/{inspection.Id}/notice", new
        {
            issuingBody = "SteeringCommittee", issuedOn = "2026-10-20", signerName = "Trần Thị B", signerTitle = "Trưởng ban", summary = "Kết luận", conclusions = "Kết luận chung",
            items = new[] { new { text = "Khắc phục hồ sơ", assigneeUnitCode = communes[0], dueOn = "2026-12-01" }, new { text = "  ", assigneeUnitCode = communes[1], dueOn = "2026-12-01" } },
        })));
        Assert.Null((await (await admin.GetAsync($"/api/v1/steering/inspections/{inspection.Id}")).ReadAsync<InspectionDto>()).NoticeId);
        // A progress report on a closed task.
        var task = await (await admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = communes[0], title = "Rà soát hương ước", assignedOn = "2026-05-10", dueOn = "2026-06-01" })).ReadAsync<TaskDto>();
        (await admin.PostAsJsonAsync($"/api/v1/steering/tasks/{task.Id}/progress", new { reportedOn = "2026-05-30", note = "Đã xong", completes = true })).EnsureSuccessStatusCode();
        before += 2;
        Assert.Contains("Nhiệm vụ đã kết thúc", await RefusedAsync(admin.PostAsJsonAsync($"/api/v1/steering/tasks/{task.Id}/progress",
            new { reportedOn = "2026-06-02", note = "Thêm" }), HttpStatusCode.Conflict));
        Assert.Equal(before, await CountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/steering/committees/{district}")).StatusCode); // no committee was set up
    }
}
