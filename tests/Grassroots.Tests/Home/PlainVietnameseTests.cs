using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;

namespace Grassroots.Tests.Home;

/// <summary>
/// Internals do not reach the people who use the app (issue 12): an indicator by its label, never its key; the reception
/// list's column says what it holds; the API's documentation is offered to those who call the API.
/// </summary>
public sealed partial class PlainVietnameseTests
{
    /// <summary>The text a reader sees: tags and attributes removed.</summary>
    internal static string Visible(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(Scripts().Replace(html, " "), " "), " "));

    [Theory, Providers]
    public async Task Indicator_pages_show_labels_and_the_reception_list_names_its_kind_column(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");

        var indicators = Visible(await officer.Client.GetStringAsync($"/indicators?unit={PetitionJourneyTests.Commune}&from=2026-01-01&to=2026-06-30"));
        Assert.Contains("Cộng dồn", indicators);
        Assert.DoesNotMatch(@"\b(reception|petitions|disclosure|decisions)\.[a-z]", indicators); // no key like "reception.visits"

        var reception = await officer.Client.GetStringAsync("/reception");
        var header = reception[reception.IndexOf("<thead>", StringComparison.Ordinal)..reception.IndexOf("</thead>", StringComparison.Ordinal)];
        Assert.Contains("Hình thức tiếp", header);
        Assert.DoesNotContain("Loại đơn vị", Visible(reception));
    }

    [Theory, Providers]
    public async Task The_API_documentation_is_offered_to_token_holders_and_administrators_only(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.vantuong");
        Assert.DoesNotContain("/api/docs", await officer.Client.GetStringAsync("/account/tokens"));

        var issued = await officer.PostFormAsync("/account/tokens?handler=Issue", new() { ["Name"] = "Phần mềm một cửa" }, "/account/tokens");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains("id=\"api-docs\"", await officer.Client.GetStringAsync("/account/tokens"));

        using var admin = await PageClient.SignInAsync(app, "admin");
        Assert.Contains("id=\"api-docs\"", await admin.Client.GetStringAsync("/account/tokens"));
    }

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
