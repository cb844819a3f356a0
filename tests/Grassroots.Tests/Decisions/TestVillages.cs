using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>A village of Xã Rô Men made for a test, its roll of households 001, 002… kept by the commune's officer.</summary>
internal static class TestVillages
{
    public const string RoMen = "24971";

    /// <summary>The village "<paramref name="name"/> <paramref name="code"/>" with its households, each represented by "Đại diện hộ N".</summary>
    public static async Task<(string Code, List<HouseholdDto> Households)> CreateAsync(GrassrootsApp app, string code, int households, string name = "Thôn")
    {
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code, name = $"{name} {code}", kind = "ResidentialCommunity", parentCode = RoMen })).StatusCode);
        using var officer = await app.ApiAsync("cb.romen");
        var list = new List<HouseholdDto>();
        for (var i = 1; i <= households; i++)
        {
            list.Add(await (await officer.PostAsJsonAsync($"/api/v1/decisions/communities/{code}/households",
                new { number = i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), representativeName = "Đại diện hộ " + i })).ReadAsync<HouseholdDto>());
        }
        return (code, list);
    }
}
