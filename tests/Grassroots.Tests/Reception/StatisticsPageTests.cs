using System.Net;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using MiniExcelLibs;

namespace Grassroots.Tests.Reception;

/// <summary>The statistics page: reception and petition figures of a unit and period, with both registers to download.</summary>
public sealed class StatisticsPageTests
{
    [Theory, Providers]
    public async Task The_statistics_page_offers_both_books_for_the_unit_and_period_on_screen(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var page = await PageClient.SignInAsync(app, "cb.binhson");
        var html = await page.Client.GetStringAsync($"/statistics?unit={PetitionJourneyTests.Commune}&from=2026-01-01&to=2026-11-23");
        Assert.Contains("Sổ tiếp công dân (Excel)", html);
        var register = await page.Client.GetAsync($"/statistics?handler=Register&unit={PetitionJourneyTests.Commune}&from=2026-01-01&to=2026-11-23");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Contains("Sổ theo dõi đơn", MiniExcel.GetSheetNames(new MemoryStream(await register.Content.ReadAsByteArrayAsync())));
        var log = await page.Client.GetAsync($"/reception?handler=Log&unit={PetitionJourneyTests.Commune}&from=2026-01-01&to=2026-11-23");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.True(ExportTests.Cells(await log.Content.ReadAsByteArrayAsync()).Count > 11); // the demo's receptions of this year
    }
}
