using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Petitions;

/// <summary>A complaint from the first visit to the citizen's last word, on the legal clock.</summary>
public sealed class PetitionJourneyTests
{
    internal const string Commune = "20611"; // Xã Bình Sơn (since 1/7/2025)

    internal static async Task<PetitionDto> RegisterAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/petitions", body);
        return (await response.ReadAsync<RegisteredDto>()).Petition;
    }

    internal static object Complaint(string receivedOn = "2026-11-02", string phone = "0905123456") => new
    {
        unitCode = Commune,
        kind = "Complaint",
        channel = "InPerson",
        receivedOn,
        subject = "Khiếu nại mức bồi thường đất thu hồi dự án đường ven biển",
        content = "Tôi khiếu nại Quyết định bồi thường số 125/QĐ-UBND vì đơn giá đất nông nghiệp thấp hơn giá thị trường.",
        petitionerName = "Nguyễn Văn Tám",
        petitionerAddress = "Thôn An Điềm",
        petitionerPhone = phone,
    };

    [Theory, Providers]
    public async Task A_complaint_runs_from_receipt_to_the_citizens_verdict_with_every_deadline_explained(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");

        var letter = await RegisterAsync(officer, Complaint());
        Assert.Equal(PetitionStatus.Received, letter.Status);
        var handle = letter.Deadlines.Single(d => d.Rule == DeadlineRuleId.HandleLetter);
        // LTCD Điều 28: 10 working days from Mon 2/11/2026: 3, 4, 5, 6, 9, 10, 11, 12, 13, 16.
        Assert.Equal(new DateOnly(2026, 11, 16), handle.DueOn);
        Assert.True(handle.IsOverdue); // today is 23/11/2026
        Assert.Contains(letter.Deadlines, d => d.Rule == DeadlineRuleId.AcceptComplaint);

        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
        var accepted = await (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).ReadAsync<PetitionDto>();
        var resolve = accepted.Deadlines.Single(d => d.Rule == DeadlineRuleId.ResolveComplaint);
        Assert.Equal(new DateOnly(2026, 12, 23), resolve.DueOn);
        // Accepted after 1/7/2026: the Law on Complaints as amended by Luật 136/2025/QH15 (docs/legal.md LKN-28@2026).
        Assert.Equal("30 ngày kể từ ngày thụ lý 23/11/2026 theo Điều 28 Luật Khiếu nại (văn bản có hiệu lực từ 1/7/2026, đã sửa đổi bởi Luật 136/2025/QH15) → 23/12/2026",
            resolve.Explanation);
        Assert.Equal(DeadlineState.Met, accepted.Deadlines.Single(d => d.Rule == DeadlineRuleId.HandleLetter).State);

        var extended = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend", new { reason = "Vụ việc phức tạp, nhiều hộ liên quan" })).ReadAsync<PetitionDto>();
        Assert.Equal(new DateOnly(2027, 1, 7), extended.Deadlines.Single(d => d.Rule == DeadlineRuleId.ResolveComplaint).DueOn);
        var again = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend", new { reason = "Xin thêm thời gian" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve",
            new { decisionNumber = "312/QĐ-UBND", decisionDate = "2026-11-23", summary = "Giữ nguyên quyết định bồi thường." })).ReadAsync<PetitionDto>();
        var second = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve",
            new { decisionNumber = "313/QĐ-UBND", decisionDate = "2026-11-23", summary = "Lần hai" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("không ban hành quyết định thứ hai", (await second.ProblemAsync()).GetProperty("detail").GetString());

        var closed = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/answer", new { summary = "Đã gửi Quyết định 312/QĐ-UBND cho ông Tám." })).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Closed, closed.Status);

        using var citizen = app.CreateClient();
        var tracked = await (await citizen.GetAsync($"/api/v1/public/petitions/{letter.TrackingCode.ToLowerInvariant()}")).ReadAsync<TrackedPetition>();
        Assert.Equal(PetitionStatus.Closed, tracked.Status);
        Assert.Equal("Đã trả lời", tracked.StatusText);
        Assert.True(tracked.CanGiveSatisfaction);
        Assert.Contains(tracked.History, h => h.Text == "Đã ban hành quyết định/kết luận số 312/QĐ-UBND.");
        var json = await (await citizen.GetAsync($"/api/v1/public/petitions/{letter.TrackingCode}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Nguyễn Văn Tám", json);
        Assert.DoesNotContain("cb.binhson", json);

        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync($"/api/v1/public/petitions/{letter.TrackingCode}/satisfaction", new { satisfied = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsJsonAsync($"/api/v1/public/petitions/{letter.TrackingCode}/satisfaction", new { satisfied = true })).StatusCode);
        Assert.False((await (await officer.GetAsync($"/api/v1/petitions/{letter.Id}")).ReadAsync<PetitionDto>()).Satisfied);
    }

    [Theory, Providers]
    public async Task Suspension_stops_the_clock_and_resumption_restarts_it_with_the_days_left(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await RegisterAsync(officer, Complaint());
        await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true });
        await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null); // 23/11: due 23/12

        app.Clock.Advance(TimeSpan.FromDays(10)); // 3/12: 10 of 30 days used
        using var later = await app.ApiAsync("cb.binhson");
        var suspended = await (await later.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/suspend", new { reason = "Chờ kết quả giám định của Sở Tài nguyên và Môi trường" })).ReadAsync<PetitionDto>();
        Assert.Equal(DeadlineState.Paused, suspended.Deadlines.Single(d => d.Rule == DeadlineRuleId.ResolveComplaint).State);
        var resolveWhileSuspended = await later.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve", new { decisionNumber = "1", decisionDate = "2026-12-03", summary = "x" });
        Assert.Equal(HttpStatusCode.Conflict, resolveWhileSuspended.StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(14)); // 17/12: resume with 20 days left → 6/1/2027
        using var resumer = await app.ApiAsync("cb.binhson");
        var resumed = await (await resumer.PostAsync($"/api/v1/petitions/{letter.Id}/resume", null)).ReadAsync<PetitionDto>();
        var d = resumed.Deadlines.Single(x => x.Rule == DeadlineRuleId.ResolveComplaint);
        Assert.Equal(DeadlineState.Running, d.State);
        Assert.Equal(new DateOnly(2027, 1, 6), d.DueOn);
        Assert.Contains("đã dùng 10 ngày", d.Explanation);
    }

    [Theory, Providers]
    public async Task A_calendar_change_moves_running_deadlines_and_records_it_and_the_daily_job_records_overdue_once(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        using var admin = await app.ApiAsync("admin");
        var letter = await RegisterAsync(officer, Complaint());
        await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true });
        await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null); // due Wednesday 23/12/2026

        await admin.PutAsJsonAsync("/api/v1/calendar/overrides/2026-12-23", new { isDayOff = true, name = "Nghỉ thử nghiệm" });

        var moved = await (await officer.GetAsync($"/api/v1/petitions/{letter.Id}")).ReadAsync<PetitionDto>();
        Assert.Equal(new DateOnly(2026, 12, 24), moved.Deadlines.Single(x => x.Rule == DeadlineRuleId.ResolveComplaint).DueOn);
        Assert.Contains(moved.History, h => h.Kind == PetitionEventKind.DeadlinesRecomputed && h.Note!.Contains("23/12/2026") && h.Note.Contains("24/12/2026"));

        // Registered on 2/11: handling was due 12/11 — the job records it once.
        var other = await RegisterAsync(officer, Complaint(phone: "0911000111"));
        var first = await RunOverdueAsync(app);
        var secondRun = await RunOverdueAsync(app);
        Assert.True(first >= 2);
        Assert.Equal(0, secondRun);
        var overdue = await (await officer.GetAsync("/api/v1/petitions?due=Overdue")).ReadAsync<QueuePage>();
        Assert.Contains(overdue.Rows, r => r.Id == other.Id && r.IsOverdue);
        // The officer's queue puts the soonest deadline first, letters without a running clock last.
        var queue = await (await officer.GetAsync("/api/v1/petitions?open=true")).ReadAsync<QueuePage>();
        var dues = queue.Rows.Select(r => r.NextDueOn).ToList();
        Assert.Equal(dues.OrderBy(due => due is null ? 1 : 0).ThenBy(due => due), dues);
        Assert.Contains(queue.Rows, r => r.Id == other.Id && r.NextDueOn < new DateOnly(2026, 11, 23) && r.NextRule is not null && r.IsOverdue);
        Assert.Contains((await (await officer.GetAsync($"/api/v1/petitions/{other.Id}")).ReadAsync<PetitionDto>()).History, h => h.Kind == PetitionEventKind.DeadlineMissed);
    }

    private static async Task<int> RunOverdueAsync(GrassrootsApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordOverdue>().HandleAsync();
    }

    [Theory, Providers]
    public async Task A_transfer_moves_the_letter_to_the_receiving_units_inbox_once(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await RegisterAsync(officer, Complaint());

        var unknown = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { toUnitCode = "99999" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("99999", (await unknown.ProblemAsync()).GetProperty("detail").GetString());

        var moved = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { toUnitCode = "20614", note = "Đất thuộc xã Vạn Tường" })).ReadAsync<PetitionDto>();
        Assert.Equal("20614", moved.UnitCode);
        Assert.Equal(PetitionStatus.Received, moved.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/petitions/{letter.Id}")).StatusCode);

        using var receiver = await app.ApiAsync("cb.vantuong");
        var inbox = await (await receiver.GetAsync("/api/v1/petitions")).ReadAsync<QueuePage>();
        Assert.Contains(inbox.Rows, r => r.Id == letter.Id);
        var twice = await receiver.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { toUnitCode = "20617" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var citizen = app.CreateClient();
        var tracked = await (await citizen.GetAsync($"/api/v1/public/petitions/{letter.TrackingCode}")).ReadAsync<TrackedPetition>();
        Assert.Equal("Xã Vạn Tường", tracked.UnitName);
        Assert.Contains(tracked.History, h => h.Text == "Đơn được chuyển đến Xã Vạn Tường.");
    }

    [Theory, Providers]
    public async Task A_letter_transferred_between_two_communes_counts_at_each_as_received_and_once_as_a_matter_in_the_province(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        async Task<PetitionStatisticsDto> FiguresAsync(string unit) =>
            await (await admin.GetAsync($"/api/v1/statistics/petitions?unit={unit}&from=2026-11-01&to=2026-12-31")).ReadAsync<PetitionStatisticsDto>();
        var (senderBefore, receiverBefore, provinceBefore) = (await FiguresAsync(Commune), await FiguresAsync("20614"), await FiguresAsync("51"));

        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await RegisterAsync(officer, Complaint());
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { toUnitCode = "20614", note = "Đất thuộc xã Vạn Tường" })).EnsureSuccessStatusCode();

        // The sending commune received it and handled it otherwise (transferred); the receiving one has it to handle.
        var sender = await FiguresAsync(Commune);
        Assert.Equal(1, sender.Received.Letters - senderBefore.Received.Letters);
        Assert.Equal(1, sender.HandledOtherwise - senderBefore.HandledOtherwise);
        Assert.Equal(senderBefore.NotYetHandled, sender.NotYetHandled);
        var receiver = await FiguresAsync("20614");
        Assert.Equal(1, receiver.Received.Letters - receiverBefore.Received.Letters);
        Assert.Equal(1, receiver.NotYetHandled - receiverBefore.NotYetHandled);
        Assert.Equal(receiverBefore.HandledOtherwise, receiver.HandledOtherwise);
        // The province sums its communes' letters, but it is one matter.
        var province = await FiguresAsync("51");
        Assert.Equal(2, province.Received.Letters - provinceBefore.Received.Letters);
        Assert.Equal(1, province.Received.Cases - provinceBefore.Received.Cases);
        Assert.Equal(2, province.ReceivedByKind[PetitionKind.Complaint] - provinceBefore.ReceivedByKind[PetitionKind.Complaint]);
        Assert.Equal(1, province.HandledOtherwise - provinceBefore.HandledOtherwise);
        Assert.Equal(1, province.NotYetHandled - provinceBefore.NotYetHandled);
    }

    [Theory, Providers]
    public async Task Likely_duplicates_are_offered_when_a_letter_is_registered(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var first = await RegisterAsync(officer, Complaint());

        var response = await officer.PostAsJsonAsync("/api/v1/petitions", Complaint(receivedOn: "2026-11-20"));
        var second = await response.ReadAsync<RegisteredDto>();

        var suggestion = second.Duplicates[0]; // the best one first
        Assert.Equal(first.Id, suggestion.Id);
        Assert.Equal("SamePerson", suggestion.Reason);
        Assert.NotEqual(first.CaseId, second.Petition.CaseId);

        // The officer links the new letter to the case: two letters, one case.
        var linked = await (await officer.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = Commune,
            kind = "Recommendation",
            channel = "Post",
            receivedOn = "2026-11-21",
            caseId = first.CaseId,
            content = "Đề nghị xem xét lại đơn giá bồi thường đất nông nghiệp dự án đường ven biển.",
        })).ReadAsync<RegisteredDto>();
        Assert.Equal(first.CaseId, linked.Petition.CaseId);
    }

    [Theory, Providers]
    public async Task Bad_letters_are_refused_clearly_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        using var citizen = app.CreateClient();
        var before = await app.DbAsync(db => db.Set<Petition>().CountAsync());

        var empty = await officer.PostAsJsonAsync("/api/v1/petitions", new { unitCode = Commune, kind = "Reflection", channel = "Hotline", receivedOn = "2026-11-20", content = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Vui lòng nhập Nội dung đơn", (await empty.ProblemAsync()).GetProperty("errors").GetProperty("content")[0].GetString());

        var future = await officer.PostAsJsonAsync("/api/v1/petitions", new { unitCode = Commune, kind = "Reflection", channel = "Hotline", receivedOn = "2026-12-01", content = "Đèn đường hỏng" });
        Assert.Contains("sau ngày hôm nay", (await future.ProblemAsync()).GetProperty("errors").GetProperty("receivedOn")[0].GetString());

        var noContact = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Denunciation", content = "Cán bộ địa chính nhận tiền", petitionerName = "Trần B" });
        Assert.Equal(HttpStatusCode.BadRequest, noContact.StatusCode);

        var huge = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = new string('x', 10_001) });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);

        var noSuchUnit = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = "00000", kind = "Reflection", content = "Đường hỏng" });
        Assert.Equal(HttpStatusCode.NotFound, noSuchUnit.StatusCode);

        var noCode = await citizen.GetAsync("/api/v1/public/petitions/DT-KHONGCOMA");
        Assert.Equal(HttpStatusCode.NotFound, noCode.StatusCode);
        Assert.Contains("Không có đơn nào mang mã", (await noCode.ProblemAsync()).GetProperty("detail").GetString());
        var noCodeEn = await citizen.GetAsync("/api/v1/public/petitions/DT-KHONGCOMA?lang=en");
        Assert.Contains("No letter has the code", (await noCodeEn.ProblemAsync()).GetProperty("detail").GetString());

        Assert.Equal(before, await app.DbAsync(db => db.Set<Petition>().CountAsync()));

        // A reflection may come without a name; HTML in it is kept as text.
        var ok = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = "<script>alert(1)</script> Đèn đường thôn An Điềm hỏng" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.StartsWith("DT-", (await ok.ReadAsync<PublicPetitionCreated>()).TrackingCode);
    }
}
