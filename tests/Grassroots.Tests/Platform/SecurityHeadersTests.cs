using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grassroots.Tests.Platform;

/// <summary>Issue 21, defect 5: the web security baseline — the headers of every response, HTTPS in Production, the keys' folder.</summary>
public sealed partial class SecurityHeadersTests
{
    private static void AssertBaseline(HttpResponseMessage response, string what)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : throw new Xunit.Sdk.XunitException($"{what}: no {name} header ({(int)response.StatusCode})");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header("Content-Security-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("same-origin", Header("Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
    }

    [Fact]
    public void The_policy_runs_only_the_sites_own_files_and_lets_no_one_frame_a_page()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Signed out: the front door, a commune's portal, the sign-in page (a form: antiforgery's SAMEORIGIN is not kept).
        foreach (var path in new[] { "/?q=ro+men", "/p/20611", "/account/login" })
        {
            var page = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertBaseline(page, path);
        }
        foreach (var path in new[] { "/?q=ro+men", "/?province=68", "/p/24901" })
        {
            Assert.Empty(InlineCode(await anonymous.GetStringAsync(path)).Select(what => $"{path}: {what}"));
        }
        // An officer's page sends a signed-out reader to the sign-in page; a static file, the error page, the API's documentation.
        var redirect = await anonymous.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/account/login", redirect.Headers.Location?.AbsolutePath);
        AssertBaseline(redirect, "redirect to sign-in");
        var css = await anonymous.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        AssertBaseline(css, "static file");
        var missingPage = await anonymous.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Contains("id=\"error-title\"", await missingPage.Content.ReadAsStringAsync());
        AssertBaseline(missingPage, "error page");
        var docs = await anonymous.GetAsync("/api/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        AssertBaseline(docs, "Swagger UI");
        // Swagger UI's page is the site's own (ApiDocs): its bundle and api-docs.js, nothing inline.
        var docsPage = await docs.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/js/api-docs.js\"", docsPage);
        Assert.Empty(InlineCode(docsPage));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/js/api-docs.js")).StatusCode);

        // The API: a JSON answer, a problem-details 404, a refusal of a request without a token.
        using var api = await app.ApiAsync("cb.binhson");
        var units = await api.GetAsync("/api/v1/units");
        Assert.Equal("application/json", units.Content.Headers.ContentType?.MediaType);
        AssertBaseline(units, "API JSON");
        var missing = await api.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await missing.ProblemAsync();
        AssertBaseline(missing, "problem details 404");
        var refused = await anonymous.GetAsync("/api/v1/units");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        AssertBaseline(refused, "401");

        // A download.
        var log = await api.GetAsync("/api/v1/reception/log.xlsx?unit=20611&from=2026-11-01&to=2026-11-30");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.Equal("attachment", log.Content.Headers.ContentDisposition?.DispositionType);
        AssertBaseline(log, "download");

        // Signed in: the home page, a list page with forms, and the dashboard, whose figures travel as data, not as code.
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");
        foreach (var path in new[] { "/", "/disclosures", "/dashboard" })
        {
            var page = await officer.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertBaseline(page, path);
        }
        // What the pages are once rendered, partials and layout included: nothing the policy would block.
        foreach (var path in new[] { "/", "/disclosures", "/dashboard", "/units", "/petitions", "/decisions", "/conventions", "/consultations" })
        {
            Assert.Empty(InlineCode(await officer.Client.GetStringAsync(path)).Select(what => $"{path}: {what}"));
        }
        var dashboard = await officer.Client.GetStringAsync("/dashboard");
        Assert.Contains("<script type=\"application/json\" id=\"dashboard-data\">", dashboard);
        Assert.Contains("/js/dashboard.js", dashboard);
    }

    private static readonly string Source = Path.Combine(Repo.Root, "src", "Grassroots.Web");

    /// <summary>What the policy would block in a view: an inline script, a style element or attribute, an event handler attribute, a javascript: address.</summary>
    internal static IEnumerable<string> InlineCode(string view)
    {
        foreach (Match script in ScriptTag().Matches(view))
        {
            var attributes = script.Groups["attributes"].Value;
            if (!SourceAttribute().IsMatch(attributes) && !attributes.Contains("type=\"application/json\"", StringComparison.Ordinal))
            {
                yield return "inline <script>: " + script.Value;
            }
        }
        foreach (Match attribute in InlineAttribute().Matches(view))
        {
            yield return "attribute: " + attribute.Value;
        }
        if (StyleElement().IsMatch(view))
        {
            yield return "<style> element";
        }
        if (view.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            yield return "javascript: address";
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<script type=\"module\">go()</script>")]
    [InlineData("<div class=\"x\" style=\"color: red\">")]
    [InlineData("<p style='margin:0'>")]
    [InlineData("<button type=\"button\" onclick=\"go()\">")]
    [InlineData("<body onload='go()'>")]
    [InlineData("<form onsubmit=@Model.Handler>")]
    [InlineData("<a href=\"javascript:go()\">")]
    [InlineData("<style>p { color: red }</style>")]
    public void The_scan_finds_what_the_policy_would_block(string view) => Assert.NotEmpty(InlineCode(view));

    [Theory]
    [InlineData("<script src=\"~/js/dashboard.js\" asp-append-version=\"true\"></script>")]
    [InlineData("<script type=\"application/json\" id=\"dashboard-data\">{\"a\":1}</script>")]
    [InlineData("<div class=\"text-pre-line\" data-style=\"x\" data-online=\"y\">")]
    [InlineData("<option value=\"@o.Code\" selected=\"@(Model.Unit == o.Code)\">")]
    public void The_scan_lets_files_data_and_classes_pass(string view) => Assert.Empty(InlineCode(view));

    [Fact]
    public void No_view_has_inline_script_style_or_event_handler()
    {
        var views = System.IO.Directory.EnumerateFiles(Source, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.True(views.Count > 50, $"{views.Count} views");
        var found = views.SelectMany(v => InlineCode(File.ReadAllText(v)).Select(what => $"{Path.GetRelativePath(Source, v)}: {what}")).ToList();
        Assert.True(found.Count == 0, "The Content-Security-Policy would block these (move them to wwwroot/js or wwwroot/css/site.css):\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task Production_without_a_keys_folder_refuses_to_start_and_says_why()
    {
        await using var app = new ProductionApp(keys: null);
        var refusal = Record.Exception(() => app.CreateClient());
        Assert.NotNull(refusal);
        var messages = new List<string>();
        for (var e = refusal; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        Assert.Contains(messages, m => m.Contains(DatabaseSetup.KeysFolderMissing, StringComparison.Ordinal));
        Assert.Contains("DataProtection:KeysFolder", DatabaseSetup.KeysFolderMissing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_sends_plain_HTTP_to_HTTPS_and_believes_the_forwarded_scheme_only_from_its_proxies()
    {
        var keys = System.IO.Directory.CreateTempSubdirectory("grassroots-keys-");
        try
        {
            await using var app = new ProductionApp(keys.FullName, proxies: "10.0.0.7", connection: await TestDatabases.CloneAsync(DatabaseProvider.Sqlite));
            using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://grassroots.example/") });

            var plain = await http.GetAsync("/p/20611");
            Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
            Assert.Equal("https://grassroots.example/p/20611", plain.Headers.Location?.ToString());
            AssertBaseline(plain, "redirect to HTTPS");
            // Probes inside the network ask over plain HTTP.
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);

            using var https = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://grassroots.example/") });
            var secure = await https.GetAsync("/p/20611");
            Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
            Assert.Equal("max-age=31536000; includeSubDomains", string.Join(", ", secure.Headers.GetValues("Strict-Transport-Security")));
            AssertBaseline(secure, "HTTPS page");

            // A proxy that ended TLS says so; believed from the configured proxy and from the machine itself, from no one else.
            foreach (var (address, believed) in new[] { ("10.0.0.7", true), ("127.0.0.1", true), ("203.0.113.5", false) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/p/20611");
                request.Headers.Add(TestAddresses.Header, address);
                request.Headers.Add("X-Forwarded-Proto", "https");
                request.Headers.Add("X-Forwarded-For", "198.51.100.20");
                var answer = await http.SendAsync(request);
                Assert.True(believed == (answer.StatusCode == HttpStatusCode.OK), $"{address}: {(int)answer.StatusCode}");
                Assert.Equal(believed, answer.Headers.Contains("Strict-Transport-Security"));
            }
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Production_cookies_travel_only_over_HTTPS_and_elsewhere_as_the_request_came()
    {
        var keys = System.IO.Directory.CreateTempSubdirectory("grassroots-keys-");
        try
        {
            await using var app = new ProductionApp(keys.FullName, connection: await TestDatabases.CloneAsync(DatabaseProvider.Sqlite));
            using var https = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://grassroots.example/") });
            var form = await https.GetAsync("/account/login");
            var antiforgery = SetCookie(form, ".Grassroots.Antiforgery");
            Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);

            using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["UserName"] = "cb.binhson",
                    ["Password"] = DemoAccounts.DemoPassword,
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(FormToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value),
                }),
            };
            post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
            var signedIn = await https.SendAsync(post);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var auth = SetCookie(signedIn, ".Grassroots.Auth");
            Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
            // The language chosen on an HTTPS page is remembered in a secure cookie as well.
            var language = SetCookie(await https.GetAsync("/lang/en?returnUrl=/p/20611"), ".Grassroots.Culture");
            Assert.Contains("; secure", language, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            keys.Delete(recursive: true);
        }

        // Outside Production the tests and a developer's machine speak plain HTTP: the cookie is secure when the request was.
        await using var testing = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        foreach (var (address, secure) in new[] { ("http://localhost/", false), ("https://localhost/", true) })
        {
            using var client = testing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(address) });
            var cookie = SetCookie(await client.GetAsync("/account/login"), ".Grassroots.Antiforgery");
            Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No {name} cookie ({(int)response.StatusCode})");

    [Fact]
    public async Task A_mistyped_proxy_address_stops_the_start()
    {
        await using var app = new ProductionApp(keys: Path.GetTempPath(), proxies: "10.0.0.300");
        var refusal = Record.Exception(() => app.CreateClient());
        Assert.NotNull(refusal);
        var messages = new List<string>();
        for (var e = refusal; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        Assert.Contains(messages, m => m.Contains("ForwardedHeaders:KnownProxies: '10.0.0.300'", StringComparison.Ordinal));
    }

    /// <summary>The app as deployed: environment Production, its own keys folder (or none), HTTPS on the default port 443.</summary>
    private sealed class ProductionApp(string? keys, string? proxies = null, string? connection = null)
        : GrassrootsApp(DatabaseProvider.Sqlite, connection ?? "Data Source=" + Path.Combine(Path.GetTempPath(), "grassroots-never-opened.db"),
            demo: false, ownsDatabase: connection is not null)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("DataProtection:KeysFolder", keys ?? "");
            if (proxies is not null)
            {
                builder.UseSetting("ForwardedHeaders:KnownProxies", proxies);
            }
        }
    }

    [GeneratedRegex(@"<script\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\ssrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();

    /// <summary>A style or on… attribute: preceded by a space, followed by a value (quoted or Razor).</summary>
    [GeneratedRegex(@"(?<![\w@.\-])(style|on[a-z]{3,})\s*=\s*[""'@]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [GeneratedRegex(@"<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
