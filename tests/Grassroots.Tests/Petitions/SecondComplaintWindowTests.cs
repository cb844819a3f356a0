using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// LKN Điều 33 (docs/legal.md LKN-33, unverified: read in a secondary summary, not in the gazette): "Hết thời hạn giải
/// quyết … mà khiếu nại lần đầu không được giải quyết hoặc kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu
/// mà người khiếu nại không đồng ý thì có quyền khiếu nại lần hai … trong thời hạn 30 ngày; đối với vùng sâu, vùng xa đi
/// lại khó khăn thì thời hạn có thể kéo dài hơn nhưng không quá 45 ngày." A second complaint is a complaint registered
/// against the first one's tracking code.
/// </summary>
public sealed class SecondComplaintWindowTests
{
    private static object Second(string unitCode, string firstCode, string receivedOn) => new
    {
        unitCode,
        kind = "Complaint",
        channel = "Post",
        receivedOn,
        subject = "Khiếu nại lần hai quyết định bồi thường",
        content = "Tôi không đồng ý với quyết định giải quyết khiếu nại lần đầu và khiếu nại lần hai.",
        petitionerName = "Nguyễn Văn Tám",
        petitionerAddress = "Thôn An Điềm",
        petitionerPhone = "0905123456",
        firstInstanceTrackingCode = firstCode,
    };

    private static string Classify(Guid id) => $"/api/v1/petitions/{id}/classify";

    [Theory, Providers]
    public async Task A_second_complaint_has_30_days_from_the_first_decision_and_45_in_a_remote_commune(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var first = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint(receivedOn: "2026-08-03"));

        // Decision received Wed 30/9/2026: 30 days end Fri 30/10/2026; a second complaint received Mon 2/11 is late.
        var late = await PetitionJourneyTests.RegisterAsync(officer, Second(PetitionJourneyTests.Commune, first.TrackingCode, "2026-11-02"));
        Assert.Equal(first.Id, late.FirstInstanceId);
        var refused = await officer.PostAsJsonAsync(Classify(late.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-09-30" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Khiếu nại lần hai đã quá thời hạn", text);
        Assert.Contains("30 ngày kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu 30/9/2026 theo Điều 33 Luật Khiếu nại", text);
        Assert.Contains("30/10/2026", text);

        // Received Thu 1/10: the 30 days end on Sat 31/10, a day off, so on Mon 2/11 (BLDS Điều 148): in time.
        var onTime = await (await officer.PostAsJsonAsync(Classify(late.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-10-01" })).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Classified, onTime.Status);
        Assert.EndsWith("2/11/2026", onTime.History.Last(e => e.Kind == PetitionEventKind.Classified).Note);

        // In Rô Men, a remote commune, the same dates are within 45 days.
        using var romen = await app.ApiAsync("cb.romen");
        var firstRemote = await PetitionJourneyTests.RegisterAsync(romen, WithUnit(PetitionJourneyTests.Complaint(receivedOn: "2026-08-03"), "24971"));
        var remote = await PetitionJourneyTests.RegisterAsync(romen, Second("24971", firstRemote.TrackingCode, "2026-11-02"));
        var remoteDto = await (await romen.PostAsJsonAsync(Classify(remote.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-09-30" })).ReadAsync<PetitionDto>();
        var note = remoteDto.History.Last(e => e.Kind == PetitionEventKind.Classified).Note!;
        Assert.Contains("45 ngày (vùng sâu, vùng xa, đi lại khó khăn)", note);
        Assert.EndsWith("16/11/2026", note); // 45 days end on Sat 14/11/2026, so Mon 16/11
    }

    [Theory, Providers]
    public async Task Without_a_first_decision_the_window_runs_from_the_end_of_the_time_to_settle(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var first = await AcceptedFirstAsync(app); // accepted Mon 23/11/2026: to settle by Wed 23/12/2026, never decided

        // 30 days after 23/12/2026 end on Fri 22/1/2027: a second complaint received Mon 1/2/2027 is late.
        app.Clock.Advance(TimeSpan.FromDays(70));
        using var officer = await app.ApiAsync("cb.binhson");
        var late = await PetitionJourneyTests.RegisterAsync(officer, Second(PetitionJourneyTests.Commune, first, "2027-02-01"));
        var refused = await officer.PostAsJsonAsync(Classify(late.Id), new { isEligible = true, isInCompetence = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("30 ngày kể từ ngày hết thời hạn giải quyết khiếu nại lần đầu mà chưa có quyết định 23/12/2026", text);
        Assert.Contains("22/1/2027", text);

        // Found not eligible, it is classified, and the history says why with the count.
        var ineligible = await (await officer.PostAsJsonAsync(Classify(late.Id), new { isEligible = false, ineligibleReason = "Quá thời hạn khiếu nại lần hai", isInCompetence = true })).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Classified, ineligible.Status);
        Assert.Contains("Điều 33 Luật Khiếu nại", ineligible.History.Last(e => e.Kind == PetitionEventKind.Classified).Note);
    }

    private static async Task<string> AcceptedFirstAsync(GrassrootsApp app)
    {
        using var officer = await app.ApiAsync("cb.binhson");
        var first = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint());
        await officer.PostAsJsonAsync(Classify(first.Id), new { isEligible = true, isInCompetence = true });
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/petitions/{first.Id}/accept", null)).StatusCode);
        return first.TrackingCode;
    }

    private static object WithUnit(object complaint, string unitCode)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(complaint)!.AsObject();
        json["unitCode"] = unitCode;
        return json;
    }
}
