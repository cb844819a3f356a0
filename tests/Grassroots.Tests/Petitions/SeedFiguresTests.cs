using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Reception;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reception;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// The statistics rebuild, from data entered through the API, the reception and petition figures the
/// seed reports print (../shared/seeds/); the reception-only report is <see cref="ReceptionFiguresTests"/>.
/// </summary>
public sealed class SeedFiguresTests
{
    [Theory, Providers]
    public async Task Dam_Rong_first_half_of_2022_65_visits_80_people_89_letters_74_resolved_15_in_progress(DatabaseProvider provider)
    {
        // "tổ chức tiếp công dân 65 lượt với 80 người; tiếp nhận 89 đơn⁷" — "⁷ Trong đó có 14 đơn khiếu nại, 75 đơn kiến nghị;
        // hiện nay đã giải quyết 74 đơn, còn lại 15 đang tiếp tục giải quyết."
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        // The demo already holds activity for these units: what is entered here must add exactly the seed's figures.
        const string receptionUrl = "/api/v1/statistics/reception?unit=675&from=2022-01-01&to=2022-06-30";
        const string petitionsUrl = "/api/v1/statistics/petitions?unit=675&from=2022-01-01&to=2022-06-30";
        const string provinceUrl = "/api/v1/statistics/petitions?unit=68&from=2022-01-01&to=2022-06-30";
        var receptionBefore = await (await api.GetAsync(receptionUrl)).ReadAsync<ReceptionStatisticsDto>();
        var before = await (await api.GetAsync(petitionsUrl)).ReadAsync<PetitionStatisticsDto>();
        var provinceBefore = await (await api.GetAsync(provinceUrl)).ReadAsync<PetitionStatisticsDto>();
        var session = await ReceptionFiguresTests.OpenAsync(api, "675", "Regular", "2022-03-15");
        for (var i = 0; i < 65; i++)
        {
            await ReceptionFiguresTests.VisitAsync(api, session, people: i < 15 ? 2 : 1);
        }

        var letters = new List<PetitionDto>();
        for (var i = 0; i < 89; i++)
        {
            var complaint = i < 14;
            letters.Add(await PetitionJourneyTests.RegisterAsync(api, new
            {
                unitCode = "675",
                kind = complaint ? "Complaint" : "Recommendation",
                channel = "InPerson",
                receivedOn = new DateOnly(2022, 1 + i % 6, 1 + i % 28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                content = complaint ? $"Khiếu nại bồi thường thu hồi đất số {i}" : $"Kiến nghị về nước sinh hoạt số {i}",
                petitionerName = $"Người dân {i}",
                petitionerPhone = $"09{i:00000000}",
            }));
        }
        foreach (var letter in letters)
        {
            await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true });
            await api.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null);
        }
        // 10 complaints decided, 64 recommendations answered: 74 resolved; 4 + 11 still in progress.
        foreach (var letter in letters.Where(l => l.Kind == PetitionKind.Complaint).Take(10))
        {
            await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve", new { decisionNumber = "QĐ", decisionDate = "2022-06-20", summary = "Đã giải quyết" });
        }
        foreach (var letter in letters.Where(l => l.Kind == PetitionKind.Recommendation).Take(64))
        {
            await api.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/answer", new { answeredOn = "2022-06-25", summary = "Đã trả lời" });
        }

        var reception = await (await api.GetAsync(receptionUrl)).ReadAsync<ReceptionStatisticsDto>();
        Assert.Equal(65, reception.All.Visits - receptionBefore.All.Visits);
        Assert.Equal(80, reception.All.People - receptionBefore.All.People);
        var after = await (await api.GetAsync(petitionsUrl)).ReadAsync<PetitionStatisticsDto>();
        Assert.Equal(89, after.Received.Letters - before.Received.Letters);
        Assert.Equal(14, after.ReceivedByKind[PetitionKind.Complaint] - before.ReceivedByKind[PetitionKind.Complaint]);
        Assert.Equal(75, after.ReceivedByKind[PetitionKind.Recommendation] - before.ReceivedByKind[PetitionKind.Recommendation]);
        Assert.Equal(74, after.Resolved.Letters - before.Resolved.Letters);
        Assert.Equal(15, after.InProgress - before.InProgress);
        // The rate is a ratio of sums: resolved ÷ within competence over all the letters, never an average of rates.
        Assert.Equal(before.InCompetence.Letters + 89, after.InCompetence.Letters);
        Assert.Equal(before.ResolvedInCompetence + 74, after.ResolvedInCompetence);
        Assert.Equal(Math.Round(100.0 * after.ResolvedInCompetence / after.InCompetence.Letters, 2), after.ResolutionRate);

        // The same letters roll up under the province that holds the district's records since 1/7/2025.
        var province = await (await api.GetAsync(provinceUrl)).ReadAsync<PetitionStatisticsDto>();
        Assert.Equal(89, province.Received.Letters - provinceBefore.Received.Letters);
    }
}
