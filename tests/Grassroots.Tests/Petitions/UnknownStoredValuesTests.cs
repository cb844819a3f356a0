using System.Net;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// The figures do not trust what is stored. A kind or a status that no version of the platform defines (a letter of
/// kind 99 accepted before values were judged at the edge, or a row edited by hand) once made the statistics, the
/// indicators and the dashboard answer 500 for the commune, its province and the nation until the database was
/// edited. Now such a letter counts in the totals, in no kind, as not yet handled, and every figure still answers.
/// </summary>
public sealed class UnknownStoredValuesTests
{
    [Theory, Providers]
    public async Task A_letter_of_an_undefined_kind_and_status_counts_in_the_totals_and_breaks_no_figure(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        string commune, province;
        Guid letterId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var letter = await db.Set<Petition>().Where(p => p.Status == PetitionStatus.Accepted && p.ReceivedOn >= new DateOnly(2022, 1, 1))
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.Unit!.Code, p.Unit.ParentId }).FirstAsync();
            (letterId, commune) = (letter.Id, letter.Code);
            province = await db.Units.Where(u => u.Id == letter.ParentId).Select(u => u.Code).SingleAsync();
        }
        string Url(string unit) => $"/api/v1/statistics/petitions?unit={unit}&from=2022-01-01&to=2026-12-31";
        var before = await (await api.GetAsync(Url(commune))).ReadAsync<PetitionStatisticsDto>();
        Assert.True(before.Received.Letters > 0, "the demo commune has letters");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var table = db.Model.FindEntityType(typeof(Petition))!.GetTableName();
            var sql = "UPDATE \"" + table + "\" SET \"Kind\" = '99', \"Status\" = '-1' WHERE \"Id\" = {0}";
            var done = await db.Database.ExecuteSqlRawAsync(sql, letterId);
            Assert.Equal(1, done);
        }

        var after = await (await api.GetAsync(Url(commune))).ReadAsync<PetitionStatisticsDto>();
        Assert.Equal(before.Received.Letters, after.Received.Letters);
        Assert.Equal(after.Received.Letters - 1, after.ReceivedByKind.Values.Sum());
        Assert.Equal(before.InProgress - 1, after.InProgress);
        Assert.Equal(before.NotYetHandled + 1, after.NotYetHandled);

        foreach (var url in new[]
        {
            Url(province), Url("VN"),
            $"/api/v1/indicators?unit={commune}&from=2022-01-01&to=2026-12-31",
            $"/api/v1/indicators?unit={province}&from=2022-01-01&to=2026-12-31",
        })
        {
            using var answer = await api.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{url}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }
        using var officer = await PageClient.SignInAsync(app, "admin");
        foreach (var page in new[] { $"/statistics?unit={commune}&from=2022-01-01&to=2026-12-31", $"/statistics?unit={province}", "/dashboard", $"/petitions?unit={commune}" })
        {
            using var answer = await officer.Client.GetAsync(page);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{page}: {(int)answer.StatusCode}");
        }
    }
}
