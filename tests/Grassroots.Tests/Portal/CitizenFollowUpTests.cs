using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Modules.Petitions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grassroots.Tests.Portal;

/// <summary>
/// A citizen's follow-up on the portal (issue 12): after sending, the code, what happens next and the due date; on
/// tracking, the due date and each step's date; a mistyped code gets a page that helps; comments in the order they came,
/// newest or oldest first; plain words instead of the officers' jargon. The clock stands on Monday 23/11/2026.
/// </summary>
public sealed partial class CitizenFollowUpTests
{
    private const string Commune = "20611"; // Xã Bình Sơn

    private static HttpClient Anonymous(GrassrootsApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Theory, Providers]
    public async Task After_sending_the_citizen_sees_the_code_what_happens_next_and_the_due_date_and_tracking_keeps_showing_them(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = await PageClient.FromClientAsync(Anonymous(app));

        var form = WebUtility.HtmlDecode(await citizen.Client.GetStringAsync($"/p/{Commune}/petition"));
        Assert.DoesNotContain("Trích yếu", form);
        Assert.Contains("Tóm tắt đơn trong một dòng", form);

        var sent = await citizen.PostFormAsync($"/p/{Commune}/petition", new()
        {
            ["Kind"] = "Complaint",
            ["Content"] = "Tôi khiếu nại việc thu hồi 200 m² đất vườn mà không có quyết định bồi thường.",
            ["PetitionerName"] = "Trần Thị Hoa",
            ["PetitionerPhone"] = "0905333444",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        var code = Regex.Match(page, @"id=""tracking-code"">(DT-[A-Z0-9]+)<").Groups[1].Value;
        Assert.StartsWith("DT-", code);
        var due = await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == code)
            .SelectMany(p => p.Deadlines).Where(d => d.State == DeadlineState.Running).MinAsync(d => d.DueOn));
        Assert.NotNull(due);
        var dueText = $"chậm nhất ngày {due.Value.ToString("d/M/yyyy", CultureInfo.InvariantCulture)}";
        Assert.Contains("Việc tiếp theo", page);
        Assert.Contains("Xã Bình Sơn xem xét đơn của bạn", page);
        Assert.Matches(@"id=""sent-due"">Thời hạn để [^<]+: " + Regex.Escape(dueText), page);

        var tracked = WebUtility.HtmlDecode(await citizen.Client.GetStringAsync($"/p/track?code={code}"));
        Assert.Matches(@"id=""tracked-due"">Thời hạn để [^<]+: " + Regex.Escape(dueText), tracked);
        var steps = tracked[tracked.IndexOf("id=\"tracked-history\"", StringComparison.Ordinal)..];
        Assert.Contains("<time datetime=\"2026-11-23\" class=\"fw-semibold\">23/11/2026</time>", steps); // each step with its day
    }

    [Theory, Providers]
    public async Task A_mistyped_code_gets_a_page_that_says_how_to_go_on(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = Anonymous(app);

        var response = await citizen.GetAsync("/p/track?code=DT-2DKNP725G");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Không tìm thấy đơn nào mang mã “DT-2DKNP725G”.", html);
        Assert.Contains("Mã tra cứu bắt đầu bằng “DT-”", html);
        Assert.Contains("<input id=\"code\" name=\"code\" value=\"DT-2DKNP725G\"", html); // the form again, with what was typed
        Assert.Contains("<a href=\"/\" id=\"find-commune\" class=\"alert-link\">", html);                     // the communes' pages, not staff sign-in
        Assert.DoesNotContain("/account/login", html);
    }

    [Theory, Providers]
    public async Task Comments_come_in_the_order_they_were_received_newest_or_oldest_first(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        // A demo consultation whose comments came from the portal, meetings and letters on scattered days.
        var (unit, id, first, last) = await app.DbAsync(async db =>
        {
            var c = await db.Set<Consultation>().Where(x => x.CommentCount > 5 && x.Unit!.ValidTo == null).OrderBy(x => x.Id).Select(x => new { x.Id, x.Unit!.Code }).FirstAsync();
            var comments = db.Set<ConsultationComment>().Where(x => x.ConsultationId == c.Id);
            return (c.Code, c.Id, await comments.MinAsync(x => x.ReceivedAt), await comments.MaxAsync(x => x.ReceivedAt));
        });
        using var citizen = Anonymous(app);

        var newest = Times(await citizen.GetStringAsync($"/p/{unit}/consultations/{id}"));
        Assert.True(newest.Count > 1);
        Assert.Equal(newest.OrderByDescending(t => t), newest);
        Assert.Equal(last, newest[0]);

        var oldestPage = await citizen.GetStringAsync($"/p/{unit}/consultations/{id}?order=oldest");
        Assert.Contains("id=\"order-oldest\"", oldestPage);
        var oldest = Times(oldestPage);
        Assert.Equal(oldest.OrderBy(t => t), oldest);
        Assert.Equal(first, oldest[0]);
    }

    [Theory, Providers]
    public async Task Citizen_pages_speak_plainly(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = await PageClient.FromClientAsync(Anonymous(app));

        // A refused letter says it was not sent, not "Chưa lưu được".
        var refused = await citizen.PostFormAsync($"/p/{Commune}/petition", new() { ["Kind"] = "Complaint", ["Content"] = "" });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Đơn chưa được gửi.", html);
        Assert.DoesNotContain("Chưa lưu được", html);

        // A recognised decision names no account, demo or real.
        var matter = await app.DbAsync(db => db.Set<DecisionMatter>().Where(m => m.RecognisedAt != null)
            .Select(m => new { m.Id, Code = db.Set<Unit>().Where(u => u.Id == m.CommunityId).Select(u => u.Code).First() }).FirstAsync());
        var decided = WebUtility.HtmlDecode(await citizen.Client.GetStringAsync($"/p/{matter.Code}/decisions/{matter.Id}"));
        Assert.Contains("Đã được Chủ tịch Ủy ban nhân dân xã công nhận lúc", decided);
        Assert.DoesNotContain("(demo)", decided);

        // Where a household's code comes from, beside the box that asks for it.
        var today = new DateOnly(2026, 11, 23);
        var open = await app.DbAsync(db => db.Set<DecisionMatter>()
            .Where(m => m.ClosedAt == null && m.OpensOn <= today && m.ClosesOn >= today && (m.Forms & DecisionForms.Online) != 0)
            .Select(m => new { m.Id, Code = db.Set<Unit>().Where(u => u.Id == m.CommunityId).Select(u => u.Code).First() }).FirstOrDefaultAsync());
        Assert.NotNull(open);
        var voting = WebUtility.HtmlDecode(await citizen.Client.GetStringAsync($"/p/{open.Code}/decisions/{open.Id}"));
        Assert.Contains("aria-describedby=\"household-code-help\"", voting);
        Assert.Contains("ghi trên giấy thôn, tổ dân phố trao cho đại diện mỗi hộ gia đình", voting);
    }

    private static List<DateTime> Times(string html)
    {
        var list = html[html.IndexOf("id=\"comments\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        return Time().Matches(list).Select(m => DateTime.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)).ToList();
    }

    [GeneratedRegex(@"<time datetime=""([^""]+)"">")]
    private static partial Regex Time();
}
