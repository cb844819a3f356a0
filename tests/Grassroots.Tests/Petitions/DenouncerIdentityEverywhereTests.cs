using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// A denouncer's name, address, phone and ID number — planted in a denunciation sent from the portal and in the visit
/// when the denouncer came back to the reception about it — appear nowhere: not in any API answer, page, export
/// (Excel, Word) or audit row, for any demo role from the commune's officer to the nation's administrator. Only the
/// head of the commune holding the letter gets them, by asking with a reason (LTC Điều 8 khoản 3, Điều 47, Điều 56:
/// "Giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo").
/// </summary>
public sealed class DenouncerIdentityEverywhereTests
{
    private const string Commune = "20611"; // Xã Bình Sơn, holding the letter
    private const string Name = "Trịnh Thị Mật Danh";
    private const string Address = "Xóm Giữ Kín, thôn Phước Thiện";
    private const string Phone = "0977123987";
    private const string IdNumber = "051199012345";
    private static readonly string[] Secrets = [Name, Address, Phone, IdNumber];

    /// <summary>Every demo role that could reach the commune: its own people, the old district's, the province's, the nation's.</summary>
    private static readonly string[] Roles =
        ["admin", "qt.quangngai", "ld.quangngai", "bcd.quangngai", "cb.binhson", "ct.binhson", "tcd.binhson", "ld.binhson", "gs.binhson", "vp.binhson"];

    private const string Competent = "ct.binhson";

    [Theory, Providers]
    public async Task A_planted_identity_is_seen_by_no_role_on_any_endpoint_page_or_export_and_revealed_only_to_the_competent_head(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var b = new ScopeTarget(app, Commune, Commune, "cb.binhson", admin);
        foreach (var module in Modules)
        {
            await module.ArrangeAsync(b);
        }
        var letter = await PlantAsync(app, b);

        var routes = ApiRoutes(app);
        Assert.True(routes.Count > 40, $"only {routes.Count} GET routes found");
        var pages = Modules.SelectMany(m => m.Pages.Values).Select(p => p.Url(b)).Concat(Exports(b)).Distinct().ToList();
        foreach (var role in Roles)
        {
            using var api = await app.ApiAsync(role);
            foreach (var route in routes)
            {
                var url = Fill(route, b);
                await AssertSealedAsync(await api.GetAsync(url), $"{role} GET {url}");
            }

            using var browser = await PageClient.SignInAsync(app, role);
            foreach (var page in pages)
            {
                await AssertSealedAsync(await browser.Client.GetAsync(page), $"{role} page {page}");
            }

            // Asking for the identity: the competent head only.
            var reveal = await api.PostAsJsonAsync($"/api/v1/petitions/{letter}/reveal-identity", new { reason = "Mời người tố cáo đến cung cấp thêm tài liệu" });
            if (role == Competent)
            {
                var identity = await reveal.ReadAsync<DenouncerIdentity>();
                Assert.Equal(Name, identity.Name);
                Assert.Equal(Phone, identity.Phone);
            }
            else
            {
                Assert.True(reveal.StatusCode == HttpStatusCode.Forbidden, $"{role} reveal: {(int)reveal.StatusCode}");
                Assert.DoesNotContain(Name, await reveal.Content.ReadAsStringAsync());
            }
        }

        // The audit log holds the one read, with its reason, and never the identity itself.
        var audit = await app.DbAsync(db => db.AuditEntries.Select(e => (e.Before ?? "") + (e.After ?? "") + (e.Reason ?? "")).ToListAsync());
        Assert.All(Secrets, s => Assert.DoesNotContain(audit, a => a.Contains(s, StringComparison.Ordinal)));
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == letter.ToString() && e.Reason != null)));

        // A new letter from the same person: the likely duplicates offered to the officer do not point at the denunciation.
        using var clerk = await app.ApiAsync("cb.binhson");
        var registered = await (await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = Commune, kind = "Complaint", channel = "InPerson", receivedOn = "2026-11-23",
            content = "Khiếu nại quyết định thu hồi đất ven sông Trà Bồng.", petitionerName = Name, petitionerAddress = Address, petitionerPhone = Phone,
        })).ReadAsync<RegisteredDto>();
        Assert.DoesNotContain(registered.Duplicates, d => d.Id == letter);
    }

    [Theory, Providers]
    public async Task A_denouncer_who_comes_back_about_the_letter_is_logged_without_a_name(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var b = new ScopeTarget(app, Commune, Commune, "cb.binhson", admin);
        await new Reception.ReceptionScopeCases().ArrangeAsync(b);
        await PlantAsync(app, b);
        using var officer = await app.ApiAsync("cb.binhson");

        // Coming back once more, pointed to by the earlier visit rather than the tracking code.
        var earlier = await app.DbAsync(db => db.Set<Web.Modules.Reception.ReceptionVisit>().Where(v => v.SessionId == b.Id("session")).Select(v => v.Id).FirstAsync());
        var again = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{b.Id("session")}/visits", new
        {
            people = 1, visitorName = Name, visitorAddress = Address, visitorIdNumber = IdNumber,
            content = "Hỏi tiến độ giải quyết đơn tố cáo lần hai", outcome = "AnsweredOnSpot", previousVisitId = earlier,
        });
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
        // An ordinary visitor keeps their name in the log.
        var ordinary = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{b.Id("session")}/visits", new
        {
            people = 1, visitorName = "Nguyễn Văn Công Khai", content = "Hỏi thủ tục cấp giấy chứng nhận", outcome = "AnsweredOnSpot",
        });
        Assert.True(ordinary.IsSuccessStatusCode);

        var visits = await app.DbAsync(db => db.Set<Web.Modules.Reception.ReceptionVisit>().AsNoTracking().Where(v => v.SessionId == b.Id("session")).ToListAsync());
        Assert.Equal(3, visits.Count);
        Assert.Equal(2, visits.Count(v => v.IdentityProtected && v.VisitorName == "" && v.VisitorIdNumber == null && v.VisitorAddress == null));
        Assert.Contains(visits, v => v.VisitorName == "Nguyễn Văn Công Khai" && !v.IdentityProtected);
        var session = await (await officer.GetAsync($"/api/v1/reception/sessions/{b.Id("session")}")).Content.ReadAsStringAsync();
        Assert.All(Secrets, s => Assert.DoesNotContain(s, session));
        Assert.Contains("Nguyễn Văn Công Khai", session);
    }

    private static readonly IReadOnlyList<ScopeCases> Modules = typeof(DenouncerIdentityEverywhereTests).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ScopeCases)) && !t.IsAbstract)
        .Select(t => (ScopeCases)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Order).ThenBy(m => m.GetType().Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The denunciation from the portal, and the denouncer back at the reception about it (by its tracking code).</summary>
    private static async Task<Guid> PlantAsync(GrassrootsApp app, ScopeTarget b)
    {
        using var citizen = app.CreateClient();
        var created = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = Commune,
            kind = "Denunciation",
            content = "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm ven sông Trà Bồng.",
            petitionerName = Name,
            petitionerAddress = Address,
            petitionerPhone = Phone,
        })).ReadAsync<PublicPetitionCreated>();
        var id = await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == created.TrackingCode).Select(p => p.Id).SingleAsync());
        b.Set("petition", id);
        b.Set("trackingCode", created.TrackingCode);

        using var officer = await app.ApiAsync("cb.binhson");
        var visit = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{b.Id("session")}/visits", new
        {
            people = 1, visitorName = Name, visitorAddress = Address, visitorIdNumber = IdNumber,
            content = "Hỏi tiến độ giải quyết đơn tố cáo", outcome = "AnsweredOnSpot", existingTrackingCode = created.TrackingCode,
        });
        Assert.True(visit.IsSuccessStatusCode, await visit.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Every GET route of the API.</summary>
    private static List<RouteEndpoint> ApiRoutes(GrassrootsApp app)
    {
        app.CreateClient().Dispose();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .ToList();
    }

    /// <summary>The route with its parameters filled from the commune's records (the planted letter's where a letter is asked for).</summary>
    private static string Fill(RouteEndpoint route, ScopeTarget b)
    {
        var path = route.RoutePattern.RawText!;
        var url = new StringBuilder();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length > 0)
            {
                url.Append('/');
            }
            url.Append(segment.StartsWith('{') ? Value(segment.Trim('{', '}').Split(':')[0], path, b) : segment);
        }
        return url + $"?unit={Commune}&from=2021-01-01&to=2026-12-31";
    }

    private static string Value(string parameter, string path, ScopeTarget b) => parameter switch
    {
        "unitCode" or "code" => Commune,
        "trackingCode" => b.Get<string>("trackingCode"),
        "year" => "2026",
        "date" => "2026-11-20",
        "id" => (path.Contains("/petitions/", StringComparison.Ordinal) ? b.Id("petition")
            : path.Contains("/reception/sessions/", StringComparison.Ordinal) ? b.Id("session")
            : Guid.Empty).ToString(),
        _ => "1",
    };

    /// <summary>The pages' downloads (registers, logs) for the commune.</summary>
    private static IEnumerable<string> Exports(ScopeTarget b) =>
    [
        $"/reception/sessions?handler=Log&unit={Commune}&from=2021-01-01&to=2026-12-31",
        $"/statistics?handler=Register&unit={Commune}&from=2021-01-01&to=2026-12-31",
        $"/statistics?unit={Commune}&from=2021-01-01&to=2026-12-31",
        $"/reception/{b.Id("session")}",
        $"/petitions/{b.Id("petition")}",
        $"/audit?unit={Commune}",
    ];

    private static async Task AssertSealedAsync(HttpResponseMessage response, string what)
    {
        var text = await TextOfAsync(response);
        foreach (var secret in Secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{what} ({(int)response.StatusCode}) shows \"{secret}\"");
        }
    }

    /// <summary>The body as text; an Excel or Word file (a zip) as the text of all its parts.</summary>
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var all = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                all.Append(await reader.ReadToEndAsync());
            }
            return all.ToString();
        }
        // Escapes would hide a leak from a plain search: "\u1ECB" in JSON, "&#x1ECB;" in HTML.
        var text = Encoding.UTF8.GetString(bytes);
        var decoded = WebUtility.HtmlDecode(text);
        try
        {
            decoded += "\n" + System.Text.RegularExpressions.Regex.Unescape(text);
        }
        catch (ArgumentException)
        {
            // not an escaped text
        }
        return decoded;
    }
}
