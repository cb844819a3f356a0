using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Indicators;

namespace Grassroots.Tests.Indicators;

/// <summary>Values entered through the API, rolled up through the tree and through the 2025 lineage.</summary>
public sealed class IndicatorsApiTests
{
    internal static Task<HttpResponseMessage> EnterAsync(HttpClient api, string unit, string from, string to, object values) =>
        api.PostAsJsonAsync("/api/v1/indicators/values", new { unitCode = unit, from, to, values });

    internal static async Task<Dictionary<string, decimal?>> ValuesAsync(HttpClient api, string unit, string from, string to) =>
        (await (await api.GetAsync($"/api/v1/indicators?unit={unit}&from={from}&to={to}")).ReadAsync<List<IndicatorFigure>>())
            .ToDictionary(f => f.Key, f => f.Value);

    [Theory, Providers]
    public async Task Counts_sum_up_the_tree_rates_are_recomputed_from_summed_parts_and_merged_communes_count_under_their_successor(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // A period far from the demo's years: only what this test enters counts.
        const string from = "2019-01-01", to = "2019-06-30";
        // Rô Men: 1 of 1 complex cases resolved (100 %); Liêng S'rônh: 1 of 3 (33,33 %). The district: 2 of 4 = 50 %, not the 66,67 % an average would give.
        (await EnterAsync(admin, "24901", from, to, new Dictionary<string, decimal> { ["petitions.complex_cases"] = 1, ["petitions.complex_resolved"] = 1, ["feedback.national_portal"] = 2 }))
            .EnsureSuccessStatusCode();
        (await EnterAsync(admin, "24904", from, to, new Dictionary<string, decimal> { ["petitions.complex_cases"] = 3, ["petitions.complex_resolved"] = 1, ["feedback.national_portal"] = 5 }))
            .EnsureSuccessStatusCode();
        (await EnterAsync(admin, "675", from, to, new Dictionary<string, decimal> { ["feedback.national_portal"] = 10, ["profile.population"] = 1000 }))
            .EnsureSuccessStatusCode();
        (await EnterAsync(admin, "24901", "2019-01-01", "2019-03-31", new Dictionary<string, decimal> { ["profile.population"] = 300 })).EnsureSuccessStatusCode();
        (await EnterAsync(admin, "24901", "2019-04-01", "2019-06-30", new Dictionary<string, decimal> { ["profile.population"] = 320 })).EnsureSuccessStatusCode();

        var romen = await ValuesAsync(admin, "24901", from, to);
        Assert.Equal(100m, romen["petitions.complex_rate"]);
        Assert.Equal(320m, romen["profile.population"]); // the latest, not the sum of two quarters
        var district = await ValuesAsync(admin, "675", from, to);
        Assert.Equal(17m, district["feedback.national_portal"]);
        Assert.Equal(4m, district["petitions.complex_cases"]);
        Assert.Equal(50m, district["petitions.complex_rate"]);
        Assert.Equal(1320m, district["profile.population"]);
        // Rô Men, Liêng S'rônh and Đạ Rsal merged into the new Xã Rô Men (24971) on 1/7/2025: their history counts under it.
        var successor = await ValuesAsync(admin, "24971", from, to);
        Assert.Equal(7m, successor["feedback.national_portal"]);
        Assert.Equal(50m, successor["petitions.complex_rate"]);
        // And under the province.
        var province = await ValuesAsync(admin, "68", from, to);
        Assert.Equal(17m, province["feedback.national_portal"]);
        // Outside the period nothing of it shows.
        var later = await ValuesAsync(admin, "675", "2019-07-01", "2019-12-31");
        Assert.Equal(0m, later["feedback.national_portal"]);
        Assert.Null(later["petitions.complex_rate"]);

        // Entering again replaces; null removes.
        (await EnterAsync(admin, "24904", from, to, new Dictionary<string, decimal?> { ["feedback.national_portal"] = null })).EnsureSuccessStatusCode();
        Assert.Equal(12m, (await ValuesAsync(admin, "675", from, to))["feedback.national_portal"]);
    }

    [Theory, Providers]
    public async Task Computed_figures_come_from_receptions_and_letters(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var before = await ValuesAsync(api, "24971", "2026-11-01", "2026-11-30");
        var session = await (await api.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = "24971", kind = "Periodic", heldOn = "2026-11-20", place = "Trụ sở", receivedBy = "Chủ tịch UBND xã" })).ReadAsync<Web.Modules.Reception.SessionDto>();
        (await api.PostAsJsonAsync($"/api/v1/reception/sessions/{session.Id}/visits",
            new { people = 6, visitorName = "Đoàn công dân thôn Pul", content = "Kiến nghị về nước sinh hoạt", outcome = "AnsweredOnSpot" })).EnsureSuccessStatusCode();
        var after = await ValuesAsync(api, "24971", "2026-11-01", "2026-11-30");
        Assert.Equal(1m, after["reception.visits"] - before["reception.visits"]);
        Assert.Equal(6m, after["reception.people"] - before["reception.people"]);
        Assert.Equal(1m, after["reception.head.crowd_delegations"] - before["reception.head.crowd_delegations"]);
    }

    [Theory, Providers]
    public async Task Bad_values_are_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.romen");
        var count = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<IndicatorValue>()));

        async Task RefusedAsync(HttpResponseMessage r, string field, string words)
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var problem = await r.ProblemAsync();
            var errors = problem.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{field} in {problem}");
            Assert.Contains(words, messages[0].GetString());
        }

        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["feedback.national_portal"] = 5, ["security.teams"] = -1 }),
            "values.security.teams", "âm");
        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["petitions.complex_cases"] = 5, ["petitions.complex_resolved"] = 6 }),
            "values.petitions.complex_resolved", "100%");
        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["feedback.national_portal"] = 2.5m }),
            "values.feedback.national_portal", "số nguyên");
        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["reception.visits"] = 3 }),
            "values.reception.visits", "tính tự động");
        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["petitions.complex_rate"] = 99 }),
            "values.petitions.complex_rate", "tính tự động");
        await RefusedAsync(await EnterAsync(api, "24901", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["khong.co"] = 1 }),
            "values.khong.co", "danh mục");
        // The old commune no longer exists in 2026.
        var gone = await EnterAsync(api, "24901", "2026-01-01", "2026-06-30", new Dictionary<string, decimal> { ["feedback.national_portal"] = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.Contains("không tồn tại trong kỳ", (await gone.ProblemAsync()).GetProperty("title").GetString());
        // Another commune's figures are out of reach.
        Assert.Equal(HttpStatusCode.Forbidden, (await EnterAsync(api, "24907", "2022-01-01", "2022-06-30", new Dictionary<string, decimal> { ["feedback.national_portal"] = 1 })).StatusCode);
        Assert.Equal(count, await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<IndicatorValue>())));
    }
}
