using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reception;

namespace Grassroots.Tests.Reception;

/// <summary>The reception figures rebuild, from visits logged through the API, those the seed reports print (../shared/seeds/).</summary>
public sealed class ReceptionFiguresTests
{
    [Theory, Providers]
    public async Task Binh_Son_receptions_455_visits_578_people_420_cases_with_the_head_and_regular_split(DatabaseProvider provider)
    {
        // "455 lượt/578 người với 420 vụ việc (trong đó: số lượng tiếp định kỳ, đột xuất: 35 lượt/79 người với 34 vụ (có 01 đoàn đông
        // người 33 người/01 vụ); tiếp thường xuyên: 420 lượt/499 người với 386 vụ việc (có 01 vụ đông người 08 người/01 vụ)"
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        const string url = "/api/v1/statistics/reception?unit=522&from=2021-01-01&to=2024-03-15";
        var before = await (await api.GetAsync(url)).ReadAsync<ReceptionStatisticsDto>();
        var periodic = await OpenAsync(api, "522", "Periodic", "2023-05-15");
        var unscheduled = await OpenAsync(api, "522", "Unscheduled", "2023-08-02");
        var regular = await OpenAsync(api, "522", "Regular", "2023-03-10");

        // By the head: a crowd of 33 on one matter, then 34 visits with 46 people on 33 matters.
        await VisitAsync(api, periodic, people: 33);
        Guid? repeatOf = null;
        for (var i = 0; i < 34; i++)
        {
            var visit = await VisitAsync(api, i % 2 == 0 ? periodic : unscheduled, people: i < 12 ? 2 : 1, previousVisitId: i == 33 ? repeatOf : null);
            repeatOf ??= visit.Id;
        }
        // Regular: a crowd of 8, then 419 visits with 491 people on 385 matters (34 visits come back on an earlier matter).
        await VisitAsync(api, regular, people: 8);
        var earlier = new List<Guid>();
        for (var i = 0; i < 419; i++)
        {
            var visit = await VisitAsync(api, regular, people: i < 72 ? 2 : 1, previousVisitId: i >= 385 ? earlier[i - 385] : null);
            earlier.Add(visit.Id);
        }

        var s = await (await api.GetAsync(url)).ReadAsync<ReceptionStatisticsDto>();
        Assert.Equal(new ReceptionFigures(455, 578, 420, 2, 41, 2), Minus(s.All, before.All));
        Assert.Equal(new ReceptionFigures(35, 79, 34, 1, 33, 1), Minus(s.ByHead, before.ByHead));
        Assert.Equal(new ReceptionFigures(420, 499, 386, 1, 8, 1), Minus(s.Regular, before.Regular));
    }

    private static ReceptionFigures Minus(ReceptionFigures a, ReceptionFigures b) =>
        new(a.Visits - b.Visits, a.People - b.People, a.Cases - b.Cases, a.CrowdDelegations - b.CrowdDelegations, a.CrowdPeople - b.CrowdPeople, a.CrowdCases - b.CrowdCases);

    internal static async Task<Guid> OpenAsync(HttpClient api, string unit, string kind, string heldOn) =>
        (await (await api.PostAsJsonAsync("/api/v1/reception/sessions", new { unitCode = unit, kind, heldOn, place = "Trụ sở tiếp công dân", receivedBy = "Chủ tịch UBND huyện" }))
            .ReadAsync<SessionDto>()).Id;

    internal static async Task<VisitDto> VisitAsync(HttpClient api, Guid session, int people, Guid? previousVisitId = null) =>
        await (await api.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits", new
        {
            people,
            visitorName = "Công dân",
            content = "Hỏi về bồi thường, hỗ trợ tái định cư",
            outcome = "AnsweredOnSpot",
            previousVisitId,
        })).ReadAsync<VisitDto>();
}
