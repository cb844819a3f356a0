using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Decisions;

/// <summary>The unit-scope cases of the Decisions module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class DecisionsScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var community = await b.App.DbAsync(db => db.Units.Where(u => u.Parent!.Code == b.HolderCode && u.Kind == UnitKind.ResidentialCommunity).Select(u => u.Code).FirstAsync());
        var household = await (await b.Admin.PostAsJsonAsync($"/api/v1/decisions/communities/{community}/households",
            new { number = "B01", representativeName = "Người Bên B" })).ReadAsync<Web.Modules.Decisions.HouseholdDto>();
        var matter = await (await b.Admin.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = community,
            subject = "PublicWorksContribution",
            question = "Đóng góp làm đường của bên B?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms = "Meeting",
            opensOn = "2026-11-20",
            closesOn = "2026-11-30",
        })).ReadAsync<Web.Modules.Decisions.MatterDto>();
        var meeting = await (await b.Admin.PostAsJsonAsync($"/api/v1/decisions/communities/{community}/year-end-meetings",
            new { year = 2026, plannedOn = "2026-12-20", place = "Nhà văn hóa thôn" })).ReadAsync<Web.Modules.Decisions.YearEndMeetingDto>();
        var wide = await (await b.Admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", WideMatter(b.HolderCode))).ReadAsync<Web.Modules.Decisions.CommuneWideDto>();
        b.Set("wide", wide.Id);
        b.Set("community", community);
        b.Set("household", household.Id);
        b.Set("matter", matter.Id);
        b.Set("meeting", meeting.Id);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/decisions/communities/{unitCode}/households"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/communities/{b.Get<string>("community")}/households")),
        ["POST /api/v1/decisions/communities/{unitCode}/households"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/communities/{b.Get<string>("community")}/households",
            new { number = "999", representativeName = "Người lạ" })),
        ["PUT /api/v1/decisions/households/{id:guid}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/decisions/households/{b.Id("household")}",
            new { number = "001", representativeName = "Người lạ" })),
        ["GET /api/v1/decisions/communities/{unitCode}/year-end-meetings"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/communities/{b.Get<string>("community")}/year-end-meetings")),
        ["POST /api/v1/decisions/communities/{unitCode}/year-end-meetings"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/communities/{b.Get<string>("community")}/year-end-meetings",
            new { year = 2027, plannedOn = "2027-12-20", place = "Nhà văn hóa" })),
        ["POST /api/v1/decisions/year-end-meetings/{id:guid}/invitations"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{b.Id("meeting")}/invitations", new { sentOn = "2026-11-23" })),
        ["POST /api/v1/decisions/year-end-meetings/{id:guid}/held"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{b.Id("meeting")}/held",
            new { heldOn = "2026-11-23", householdsPresent = 1, minutes = "x" })),
        ["GET /api/v1/decisions/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/decisions")).ReadAsync<List<Web.Modules.Decisions.MatterDto>>(), m => m.Id == b.Id("matter")),
        ["POST /api/v1/decisions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = b.Get<string>("community"),
            subject = "PublicWorksContribution",
            question = "?",
            options = new[] { "A", "B" },
            forms = "Meeting",
            opensOn = "2026-11-23",
            closesOn = "2026-11-30"
        })),
        ["GET /api/v1/decisions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/{b.Id("matter")}")),
        ["POST /api/v1/decisions/{id:guid}/meeting"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.Id("matter")}/meeting", new { heldOn = "2026-11-23", householdsPresent = 1, minutes = "x" })),
        ["POST /api/v1/decisions/{id:guid}/votes"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.Id("matter")}/votes",
            new { form = "Meeting", votes = new[] { new { householdId = b.Id("household"), optionId = 1 } } })),
        ["GET /api/v1/decisions/{id:guid}/record.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/{b.Id("matter")}/record.docx")),
        ["POST /api/v1/decisions/{id:guid}/close"] = (c, b) => Denied(c.PostAsync($"/api/v1/decisions/{b.Id("matter")}/close", null)),
        ["POST /api/v1/decisions/{id:guid}/follow-up-ballot"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.Id("matter")}/follow-up-ballot", new { closesOn = "2026-12-31" })),
        ["POST /api/v1/decisions/{id:guid}/recognise"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.Id("matter")}/recognise", new { note = "x" })),
        ["GET /api/v1/public/decisions/{unitCode}/{id:guid}"] = async (c, b) =>
        {
            // Public by design; it never carries a household's vote code.
            var r = await c.GetAsync($"/api/v1/public/decisions/{b.HolderCode}/{b.Id("matter")}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("voteCode", await r.Content.ReadAsStringAsync());
        },
        ["POST /api/v1/public/decisions/{id:guid}/votes"] = async (c, b) =>
            // B's matter is decided at a meeting: nobody votes on it online.
            Assert.Equal(HttpStatusCode.BadRequest, (await c.PostAsJsonAsync($"/api/v1/public/decisions/{b.Id("matter")}/votes", new { householdCode = "AAAAAAAA", optionId = 1 })).StatusCode),
        ["POST /api/v1/decisions/households/{id:guid}/account"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/households/{b.Id("household")}/account",
            new { userName = "nguoi.la.dai.dien", password = "Matkhau123" })),
        ["DELETE /api/v1/decisions/households/{id:guid}/account"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/decisions/households/{b.Id("household")}/account")),
        // An officer's account is nobody's representative: no household, no vote for B's.
        ["GET /api/v1/decisions/my-household"] = (c, b) => Status(HttpStatusCode.NotFound, c.GetAsync("/api/v1/decisions/my-household")),
        ["POST /api/v1/decisions/commune-wide"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/decisions/commune-wide", WideMatter(b.HolderCode))),
        ["GET /api/v1/decisions/commune-wide/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/commune-wide/{b.Id("wide")}")),
        ["POST /api/v1/decisions/{id:guid}/my-vote"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.Id("matter")}/my-vote", new { optionId = 1 })),
    };

    private static object WideMatter(string commune) => new
    {
        communityCode = commune, subject = "CommunityFunds", question = "Dùng quỹ chung của xã bên B?", options = new[] { "Đồng ý", "Không đồng ý" },
        forms = "Meeting", opensOn = "2026-11-20", closesOn = "2026-11-30",
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/decisions/commune-wide/{id:guid}"] = PageCase.Refused(b => $"/decisions/commune-wide/{b.Id("wide")}"),
        ["/decisions"] = PageCase.Hides(_ => "/decisions", b => $"/decisions/{b.Id("matter")}"),
        ["/decisions/{id:guid}"] = PageCase.Refused(b => $"/decisions/{b.Id("matter")}"),
        ["/decisions/households"] = PageCase.Refused(b => $"/decisions/households?unit={b.Get<string>("community")}"),
        ["/p/{unitCode}/decisions/{id:guid}"] = PageCase.Public(b => $"/p/{b.HolderCode}/decisions/{b.Id("matter")}", _ => "Người Bên B"), // public by design, without the roll
        ["/my/household"] = PageCase.Own("/my/household", _ => "Người Bên B"), // the caller's own household, if the account represents one
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Decisions.Household>().CountAsync(), await db.Set<Web.Modules.Decisions.DecisionMatter>().CountAsync(),
            await db.Set<Web.Modules.Decisions.DecisionMatter>().CountAsync(m => m.ClosedAt != null || m.MeetingHeldOn != null || m.RecognisedAt != null),
            await db.Set<Web.Modules.Decisions.DecisionVote>().CountAsync(),
            await db.Set<Web.Modules.Decisions.YearEndMeeting>().CountAsync(m => m.InvitationsSentOn != null || m.HeldOn != null),
            await db.Set<Web.Modules.Decisions.YearEndMeeting>().CountAsync(), await db.Set<Web.Modules.Decisions.Household>().CountAsync(h => h.RepresentativeAccountId != null),
            string.Join(",", await db.Set<Web.Modules.Decisions.Household>().OrderBy(h => h.Id).Select(h => h.Number + h.RepresentativeName).ToListAsync()));
}
