using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Reports;

/// <summary>A period from opening to closing: drafts, submissions, returns, acceptance, the refusals, reminders, consolidation.</summary>
public sealed class ReportWorkflowTests
{
    internal static async Task<PeriodDto> OpenAsync(HttpClient api, string unit = "675", string from = "2022-01-01", string to = "2022-06-30",
        string due = "2022-06-15", string template = BuiltInTemplates.SteeringSixMonths, string[]? units = null) =>
        await (await api.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = template,
            unitCode = unit,
            title = "Báo cáo kết quả thực hiện quy chế dân chủ 6 tháng đầu năm 2022",
            from,
            to,
            dueOn = due,
            recipient = "Ban Chỉ đạo QCDC huyện",
            unitCodes = units,
        })).ReadAsync<PeriodDto>();

    private static async Task<string> RefusalAsync(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var r = await call;
        Assert.Equal(status, r.StatusCode);
        return (await r.ProblemAsync()).GetProperty("title").GetString()!;
    }

    [Theory, Providers]
    public async Task A_period_runs_from_opening_through_returns_and_acceptance_and_refuses_what_the_workflow_forbids(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var district = await app.ApiAsync("vp.damrong");
        // The clock says 23/11/2026: a period due on 15/12/2026 is still running. A district officer cannot open one for the province.
        var refusedOwner = await district.PostAsJsonAsync("/api/v1/reports/periods", new { templateKey = "qcdc-6-thang", unitCode = "68", title = "x", from = "2026-01-01", to = "2026-06-30", dueOn = "2026-12-15", recipient = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refusedOwner.StatusCode);

        using var province = await app.ApiAsync("qt.lamdong");
        var open = await OpenAsync(province, "68", "2026-01-01", "2026-06-30", "2026-12-15", BuiltInTemplates.GovernmentReview, ["24971", "24974"]);
        Assert.Equal(2, open.Units!.Count);
        Assert.All(open.Units, u => Assert.Equal(ReportStatus.NotStarted, u.Status));
        var url = $"/api/v1/reports/periods/{open.Id}";

        using var romen = await app.ApiAsync("cb.romen");
        // The commune sees its report pre-filled with its figures.
        var draft = await (await romen.GetAsync($"{url}/units/24971")).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.NotStarted, draft.Status);
        Assert.Contains(draft.Report.Sections, s => s.Title == "KẾT QUẢ THỰC HIỆN" && s.Number == "II.");
        Assert.Contains(draft.Report.Sections.SelectMany(s => s.Blocks), b => b.Paragraph?.Text.Contains("so với cùng kỳ", StringComparison.Ordinal) == true);
        // Another commune's report is out of reach.
        Assert.Equal(HttpStatusCode.Forbidden, (await romen.PutAsJsonAsync($"{url}/units/24974", new { prose = new { situation = "x" } })).StatusCode);

        var saved = await (await romen.PutAsJsonAsync($"{url}/units/24971", new
        {
            prose = new Dictionary<string, string> { ["situation"] = "Tình hình ổn định.", ["achievements"] = "Tiếp dân đúng lịch." },
            number = "15",
            signerName = "K' Điểu",
        })).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.Draft, saved.Status);
        Assert.Equal("15/BC-UBND", saved.Report.NumberAndSymbol);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ RÔ MEN", saved.Report.IssuingBody.Single());

        var submitted = await (await romen.PostAsync($"{url}/units/24971/submit", null)).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.Submitted, submitted.Status);
        Assert.Contains("đã được gửi", await RefusalAsync(romen.PostAsync($"{url}/units/24971/submit", null), HttpStatusCode.Conflict));
        Assert.Contains("chờ cấp trên", await RefusalAsync(romen.PutAsJsonAsync($"{url}/units/24971", new { prose = new { situation = "Sửa" } }), HttpStatusCode.Conflict));
        // The commune cannot accept its own report.
        Assert.Equal(HttpStatusCode.Forbidden, (await romen.PostAsync($"{url}/units/24971/accept", null)).StatusCode);

        // The province returns it with comments; the commune edits and submits again; the province accepts.
        var returned = await (await province.PostAsJsonAsync($"{url}/units/24971/return", new { comment = "Bổ sung số liệu hòa giải." })).ReadAsync<UnitReportDto>();
        Assert.Equal((ReportStatus.Returned, "Bổ sung số liệu hòa giải."), (returned.Status, returned.ReturnComment));
        (await romen.PutAsJsonAsync($"{url}/units/24971", new { prose = new { situation = "Tình hình ổn định; đã bổ sung." } })).EnsureSuccessStatusCode();
        (await romen.PostAsync($"{url}/units/24971/submit", null)).EnsureSuccessStatusCode();
        var accepted = await (await province.PostAsync($"{url}/units/24971/accept", null)).ReadAsync<UnitReportDto>();
        Assert.Equal(ReportStatus.Accepted, accepted.Status);
        Assert.Contains("đã được chấp nhận", await RefusalAsync(romen.PutAsJsonAsync($"{url}/units/24971", new { prose = new { situation = "Sửa sau khi duyệt" } }), HttpStatusCode.Conflict));
        Assert.Contains("đã được chấp nhận", await RefusalAsync(romen.PostAsync($"{url}/units/24971/submit", null), HttpStatusCode.Conflict));
        Assert.Contains("Chỉ xem xét", await RefusalAsync(province.PostAsync($"{url}/units/24974/accept", null), HttpStatusCode.Conflict));

        // The level above sees who has not reported; closing before the due date with a unit missing is refused.
        var status = await (await province.GetAsync(url)).ReadAsync<PeriodDto>();
        Assert.Equal(ReportStatus.NotStarted, status.Units!.Single(u => u.UnitCode == "24974").Status);
        Assert.False(status.Units!.Single(u => u.UnitCode == "24974").Late);
        Assert.Contains("chưa đến hạn nộp (15/12/2026) và còn 1 đơn vị", await RefusalAsync(province.PostAsync($"{url}/close", null), HttpStatusCode.Conflict));

        // The consolidated report: the province's own figures, a table by sub-unit, the sub-units' prose gathered.
        var consolidated = await (await province.GetAsync($"{url}/units/68")).ReadAsync<UnitReportDto>();
        Assert.True(consolidated.Report.Consolidated);
        var table = consolidated.Report.Appendix.Single();
        Assert.Equal(["1", "Xã Rô Men"], table.Rows[0].Take(2));
        Assert.Equal("Tổng cộng", table.Rows[^1][1]);
        var gathered = consolidated.Report.Sections.SelectMany(s => s.Blocks).First(b => b.ProseKey == "situation").Paragraph!;
        Assert.True(gathered.Gathered);
        Assert.Equal("Xã Rô Men: Tình hình ổn định; đã bổ sung.", gathered.Text);

        // Reminders: from three working days before the due date (counted on the working calendar), then after it.
        async Task<int> RemindAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RecordReminders>().HandleAsync();
        }
        async Task<IReadOnlyList<ReminderKind>> RemindersAsync()
        {
            using var fresh = await app.ApiAsync("qt.lamdong"); // tokens expire as the clock moves on
            return (await (await fresh.GetAsync(url)).ReadAsync<PeriodDto>()).Units!.Single(u => u.UnitCode == "24974").Reminders;
        }
        await RemindAsync();
        Assert.Empty(await RemindersAsync());
        // (The daily job may run too when the clock moves: a reminder is recorded once whoever records it.)
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 0, 10, 0, TimeSpan.Zero)); // Thursday 10/12, 3 working days before Tuesday 15/12
        await RemindAsync();
        await RemindAsync();
        Assert.Equal([ReminderKind.DueSoon], await RemindersAsync()); // once
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 0, 10, 0, TimeSpan.Zero));
        await RemindAsync();
        using var provinceLater = await app.ApiAsync("qt.lamdong");
        status = await (await provinceLater.GetAsync(url)).ReadAsync<PeriodDto>();
        var late = status.Units!.Single(u => u.UnitCode == "24974");
        Assert.True(late.Late);
        Assert.Equal([ReminderKind.DueSoon, ReminderKind.Overdue], late.Reminders);
        // After the due date the period may close; nothing changes in a closed period.
        Assert.Equal(HttpStatusCode.NoContent, (await provinceLater.PostAsync($"{url}/close", null)).StatusCode);
        using var philieng = await app.ApiAsync("cb.philieng");
        Assert.Contains("đã khóa sổ", await RefusalAsync(philieng.PostAsync($"{url}/units/24974/submit", null), HttpStatusCode.Conflict));
    }
}
