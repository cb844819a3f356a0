using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Petitions;

public sealed class VerificationAndEscalationTests
{
    private static async Task<PetitionDto> AcceptedDenunciationAsync(HttpClient officer)
    {
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            channel = "InPerson",
            receivedOn = "2026-11-20",
            content = "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm ven sông Trà Bồng.",
            petitionerName = "Phạm Thị Lan",
            petitionerAddress = "Thôn Phước Thiện",
            petitionerPhone = "0912345678",
        });
        await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true });
        return await (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).ReadAsync<PetitionDto>();
    }

    [Theory, Providers]
    public async Task Verification_steps_are_recorded_in_the_file_but_the_public_page_only_says_verification_is_under_way(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await AcceptedDenunciationAsync(officer); // accepted today, 23/11/2026

        var future = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/verify", new { on = "2026-11-30", method = "FieldVisit", findings = "Đo đạc thửa đất" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var early = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/verify", new { on = "2026-11-20", method = "FieldVisit", findings = "Đo đạc thửa đất" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("23/11/2026", (await early.ProblemAsync()).GetProperty("detail").GetString());
        var unchanged = await (await officer.GetAsync($"/api/v1/petitions/{letter.Id}")).ReadAsync<PetitionDto>();
        Assert.DoesNotContain(unchanged.History, h => h.Kind == PetitionEventKind.Verified);

        var verified = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/verify",
            new { on = "2026-11-23", method = "FieldVisit", findings = "Thửa 215 tờ bản đồ 12 lấn chiếm 120 m² hành lang sông." })).ReadAsync<PetitionDto>();
        var step = Assert.Single(verified.History, h => h.Kind == PetitionEventKind.Verified);
        Assert.Equal("Xác minh thực địa: Thửa 215 tờ bản đồ 12 lấn chiếm 120 m² hành lang sông.", step.Note);

        using var citizen = app.CreateClient();
        var json = await (await citizen.GetAsync($"/api/v1/public/petitions/{letter.TrackingCode}")).Content.ReadAsStringAsync();
        Assert.Contains("Đang xác minh nội dung đơn.", json);
        Assert.DoesNotContain("Thửa 215", json);

        // A letter not accepted cannot be verified.
        var fresh = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint(phone: "0911222333"));
        var notYet = await officer.PostAsJsonAsync($"/api/v1/petitions/{fresh.Id}/verify", new { on = "2026-11-23", method = "WorkWithParties", findings = "Làm việc" });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
    }

    [Theory, Providers]
    public async Task A_denunciation_not_settled_in_time_goes_to_the_head_of_the_direct_superior(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        PetitionDto letter;
        using (var before = await app.ApiAsync("cb.binhson"))
        {
            letter = await AcceptedDenunciationAsync(before);
        }
        Assert.Equal(new DateOnly(2026, 12, 23), letter.Deadlines.Single(d => d.Rule == DeadlineRuleId.SettleDenunciation).DueOn);

        app.Clock.Advance(TimeSpan.FromDays(31)); // 24/12/2026: one day late (LTC Điều 30)
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordOverdue>().HandleAsync();
        }
        using var officer = await app.ApiAsync("cb.binhson"); // a month later: a fresh token

        var history = (await (await officer.GetAsync($"/api/v1/petitions/{letter.Id}")).ReadAsync<PetitionDto>()).History;
        Assert.True(history.Count(h => h.Kind == PetitionEventKind.Escalated) == 1, string.Join("\n", history));
        var escalated = history.Single(h => h.Kind == PetitionEventKind.Escalated);
        Assert.Equal("Tố cáo quá hạn giải quyết, chuyển người đứng đầu Tỉnh Quảng Ngãi theo Điều 38 Luật Tố cáo", escalated.Note);

        using var provinceHead = await app.ApiAsync("ld.quangngai");
        var up = await (await provinceHead.GetAsync("/api/v1/petitions?due=Escalated")).ReadAsync<QueuePage>();
        var row = Assert.Single(up.Rows, r => r.Id == letter.Id);
        Assert.Null(row.PetitionerName); // the superior sees the case, not the denouncer
        var own = await (await officer.GetAsync("/api/v1/petitions?due=Escalated")).ReadAsync<QueuePage>();
        Assert.DoesNotContain(own.Rows, r => r.Id == letter.Id); // escalated to the level above, not to the commune itself

        using var citizen = app.CreateClient();
        var tracked = await (await citizen.GetAsync($"/api/v1/public/petitions/{letter.TrackingCode}")).ReadAsync<TrackedPetition>();
        Assert.Contains(tracked.History, h => h.Text.Contains("Điều 38 Luật Tố cáo", StringComparison.Ordinal));
    }
}
