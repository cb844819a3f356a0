using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// LKN Điều 9: "Thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định
/// hành chính, hành vi hành chính. Trường hợp người khiếu nại không thực hiện được quyền khiếu nại theo đúng thời hiệu vì
/// ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc vì những trở ngại khách quan khác thì thời gian có trở
/// ngại đó không tính vào thời hiệu khiếu nại." (docs/legal.md LKN-9)
/// </summary>
public sealed class ComplaintLimitationTests
{
    [Theory, Providers]
    public async Task A_complaint_sent_after_its_90_days_is_eligible_only_with_the_obstacle_stated(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        // Received Mon 2/11/2026.
        var late = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint());
        var onTime = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint(phone: "0905999888"));
        string Classify(Guid id) => $"/api/v1/petitions/{id}/classify";

        // Known on 1/7/2026: 90 days end on Tue 29/9/2026, long before the letter came.
        var refused = await officer.PostAsJsonAsync(Classify(late.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-07-01" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("quá thời hiệu", text);
        Assert.Contains("90 ngày kể từ ngày nhận được hoặc biết được quyết định, hành vi bị khiếu nại 1/7/2026 theo Điều 9 Luật Khiếu nại", text);
        Assert.Contains("29/9/2026", text);
        Assert.Equal(PetitionStatus.Received, (await (await officer.GetAsync($"/api/v1/petitions/{late.Id}")).ReadAsync<PetitionDto>()).Status);

        // With the obstacle stated (its time does not count), the officer may find it eligible; the history keeps both.
        var excused = await (await officer.PostAsJsonAsync(Classify(late.Id), new
        {
            isEligible = true, isInCompetence = true, decisionKnownOn = "2026-07-01", obstacleReason = "Nằm viện điều trị từ 15/7 đến 20/10/2026",
        })).ReadAsync<PetitionDto>();
        var note = excused.History.Last(e => e.Kind == PetitionEventKind.Classified).Note!;
        Assert.Contains("Điều 9 Luật Khiếu nại", note);
        Assert.Contains("Nằm viện", note);

        // Known on 1/9/2026: 90 days end on Mon 30/11/2026: in time, and the count is in the history.
        var fine = await (await officer.PostAsJsonAsync(Classify(onTime.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-09-01" })).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Classified, fine.Status);
        Assert.EndsWith("30/11/2026", fine.History.Last(e => e.Kind == PetitionEventKind.Classified).Note);

        // A day after the receipt is no day of knowing.
        var after = await officer.PostAsJsonAsync(Classify(onTime.Id), new { isEligible = true, isInCompetence = true, decisionKnownOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
    }
}
