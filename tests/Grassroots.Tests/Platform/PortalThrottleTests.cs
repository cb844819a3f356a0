using System.Net;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Reading is not throttled like writing: a commune behind one address reads its portal freely; sending, looking up by
/// code and downloading keep their tighter limit; and a person refused gets the site's page in Vietnamese with
/// Retry-After, not raw JSON (the API keeps problem details).
/// </summary>
public sealed class PortalThrottleTests
{
    private const string Commune = "20611";

    [Theory, Providers]
    public async Task Reading_portal_pages_has_its_own_larger_limit_and_a_refusal_is_a_page_with_retry_after(DatabaseProvider provider)
    {
        await using var started = await GrassrootsApp.StartAsync(provider);
        await using var app = started.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:PublicPerMinute", "2").UseSetting("RateLimits:PortalReadsPerMinute", "5"));
        using var phone = app.CreateClient();

        // Five reads of the letter form pass although the submission limit is two.
        for (var i = 0; i < 5; i++)
        {
            var page = await phone.GetAsync($"/p/{Commune}/petition");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        var refused = await phone.GetAsync($"/p/{Commune}/petition");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");

        // Looking a letter up by its code counts like sending: two, then refused, as a page too.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/p/track?code=DT-XXXX-XXXX")).StatusCode);
        }
        var lookUp = await phone.GetAsync("/p/track?code=DT-XXXX-XXXX");
        Assert.Equal(HttpStatusCode.TooManyRequests, lookUp.StatusCode);
        Assert.Equal("text/html", lookUp.Content.Headers.ContentType?.MediaType);

        // The API answers problem details, in English when asked, with Retry-After.
        using var client = app.CreateClient();
        HttpResponseMessage api = null!;
        for (var i = 0; i < 3; i++)
        {
            api = await client.GetAsync("/api/v1/public/petitions/DT-XXXX-XXXX?lang=en");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(api.Headers.RetryAfter);
    }
}
