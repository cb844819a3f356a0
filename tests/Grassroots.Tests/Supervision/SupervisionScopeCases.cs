using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Supervision;

namespace Grassroots.Tests.Supervisions;

/// <summary>The unit-scope cases of the Supervision module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class SupervisionScopeCases : ScopeCases
{
    private const string Secret = "Kiến nghị nội bộ của B";

    private static object Members() => Enumerable.Range(1, 5).Select(i => new { name = $"Thành viên B{i}", role = i == 1 ? "Head" : "Member" }).ToArray();

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var board = await (await b.Admin.PostAsJsonAsync("/api/v1/supervision/boards", new
        {
            unitCode = b.HolderCode, kind = "Investment", establishedOn = "2026-07-01", members = Members(),
            project = new { name = "Nhà văn hóa của B", investor = "UBND xã", startsOn = "2026-07-01", endsOn = "2027-12-31" },
        })).ReadAsync<BoardDto>();
        b.Set("sup.board", board.Id);
        b.Set("sup.member", board.Members[0].Id);
        var plan = await (await b.Admin.PostAsJsonAsync($"/api/v1/supervision/boards/{board.Id}/plans", new
        {
            kind = "Quarterly", title = "Kế hoạch quý IV của B", periodFrom = "2026-10-01", periodTo = "2026-12-31",
        })).ReadAsync<PlanDto>();
        b.Set("sup.plan", plan.Id);
        var session = await (await b.Admin.PostAsJsonAsync("/api/v1/supervision/sessions", new
        {
            unitCode = b.HolderCode, kind = "FrontSupervision", topic = "Giám sát của B", heldOn = "2026-11-20",
            recommendations = new[] { new { content = Secret, addressedUnitCode = b.HolderCode } },
        })).ReadAsync<SessionDto>();
        b.Set("sup.session", session.Id);
        b.Set("sup.recommendation", session.Recommendations[0].Id);
        var meeting = await (await b.Admin.PostAsJsonAsync("/api/v1/supervision/voters-meetings", new
        {
            unitCode = b.HolderCode, level = "CommuneCouncil", constituency = "Đơn vị của B", deputies = "Đại biểu", heldOn = "2026-11-20", place = "Hội trường",
        })).ReadAsync<VotersMeetingDto>();
        b.Set("sup.meeting", meeting.Id);
        var dialogue = await (await b.Admin.PostAsJsonAsync("/api/v1/supervision/dialogues", new
        {
            unitCode = b.HolderCode, headName = "Chủ tịch B", headTitle = "Chủ tịch UBND", group = "Youth", announcedOn = "2026-11-01", heldOn = "2026-11-20", place = "Hội trường",
        })).ReadAsync<DialogueDto>();
        b.Set("sup.dialogue", dialogue.Id);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/supervision/boards"] = (c, b) => HidesB(c.GetAsync("/api/v1/supervision/boards"), b.Id("sup.board").ToString()),
        ["POST /api/v1/supervision/boards"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/supervision/boards",
            new { unitCode = b.HolderCode, kind = "Inspection", establishedOn = "2026-11-01", members = Members() })),
        ["POST /api/v1/supervision/boards/elections"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/supervision/boards/elections",
            new { unitCode = b.HolderCode, communityCode = b.HolderCode, opensOn = "2026-12-01", closesOn = "2026-12-01", candidates = Members() })),
        ["GET /api/v1/supervision/boards/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/boards/{b.Id("sup.board")}")),
        ["POST /api/v1/supervision/boards/{id:guid}/confirm-election"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/boards/{b.Id("sup.board")}/confirm-election",
            new { recognisedOn = "2026-11-20" })),
        ["POST /api/v1/supervision/boards/{id:guid}/members"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/boards/{b.Id("sup.board")}/members",
            new { electedOn = "2026-11-20", member = new { name = "Người lạ" } })),
        ["POST /api/v1/supervision/boards/{id:guid}/members/{memberId:guid}/leave"] = (c, b) => Denied(c.PostAsJsonAsync(
            $"/api/v1/supervision/boards/{b.Id("sup.board")}/members/{b.Id("sup.member")}/leave", new { leftOn = "2026-11-20" })),
        ["POST /api/v1/supervision/boards/{id:guid}/dissolve"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/boards/{b.Id("sup.board")}/dissolve",
            new { dissolvedOn = "2026-11-20" })),
        ["POST /api/v1/supervision/boards/{id:guid}/plans"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/boards/{b.Id("sup.board")}/plans",
            new { kind = "Yearly", title = "Lạ", periodFrom = "2026-11-01", periodTo = "2026-12-31" })),
        ["GET /api/v1/supervision/boards/{id:guid}/plans/{planId:guid}/plan.docx"] = (c, b) => Denied(c.GetAsync(
            $"/api/v1/supervision/boards/{b.Id("sup.board")}/plans/{b.Id("sup.plan")}/plan.docx")),
        ["GET /api/v1/supervision/sessions"] = (c, b) => HidesB(c.GetAsync("/api/v1/supervision/sessions"), b.Id("sup.session").ToString()),
        ["POST /api/v1/supervision/sessions"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/supervision/sessions",
            new { unitCode = b.HolderCode, kind = "FrontSupervision", topic = "Lạ", heldOn = "2026-11-20" })),
        ["GET /api/v1/supervision/sessions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/sessions/{b.Id("sup.session")}")),
        ["GET /api/v1/supervision/sessions/{id:guid}/record.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/sessions/{b.Id("sup.session")}/record.docx")),
        ["GET /api/v1/supervision/voters-meetings"] = (c, b) => HidesB(c.GetAsync("/api/v1/supervision/voters-meetings"), b.Id("sup.meeting").ToString()),
        ["POST /api/v1/supervision/voters-meetings"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/supervision/voters-meetings",
            new { unitCode = b.HolderCode, level = "CommuneCouncil", constituency = "Lạ", deputies = "Lạ", heldOn = "2026-11-20", place = "Lạ" })),
        ["GET /api/v1/supervision/voters-meetings/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/voters-meetings/{b.Id("sup.meeting")}")),
        ["GET /api/v1/supervision/voters-meetings/record"] = (c, b) => Denied(c.GetAsync(
            $"/api/v1/supervision/voters-meetings/record?unit={b.HolderCode}&constituency=Đơn vị của B&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/supervision/dialogues"] = (c, b) => HidesB(c.GetAsync("/api/v1/supervision/dialogues"), b.Id("sup.dialogue").ToString()),
        ["POST /api/v1/supervision/dialogues"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/supervision/dialogues",
            new { unitCode = b.HolderCode, headName = "Lạ", headTitle = "Lạ", group = "Youth", announcedOn = "2026-11-01", heldOn = "2026-11-20", place = "Lạ" })),
        ["GET /api/v1/supervision/dialogues/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/dialogues/{b.Id("sup.dialogue")}")),
        ["POST /api/v1/supervision/dialogues/{id:guid}/results"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/dialogues/{b.Id("sup.dialogue")}/results",
            new { publishedOn = "2026-11-21" })),
        ["GET /api/v1/supervision/recommendations"] = (c, b) => HidesB(c.GetAsync("/api/v1/supervision/recommendations?source=Front"), Secret),
        ["GET /api/v1/supervision/recommendations/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/recommendations/{b.Id("sup.recommendation")}")),
        ["GET /api/v1/supervision/recommendations/{id:guid}/letter.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/supervision/recommendations/{b.Id("sup.recommendation")}/letter.docx")),
        ["POST /api/v1/supervision/recommendations/{id:guid}/answer"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/supervision/recommendations/{b.Id("sup.recommendation")}/answer",
            new { unitCode = b.HolderCode, answeredOn = "2026-11-21", answer = "Trả lời hộ" })),
        ["POST /api/v1/supervision/recommendations/{id:guid}/judgement"] = (c, b) => Denied(c.PostAsJsonAsync(
            $"/api/v1/supervision/recommendations/{b.Id("sup.recommendation")}/judgement", new { accepted = true })),
        ["POST /api/v1/supervision/recommendations/{id:guid}/escalate"] = (c, b) => Denied(c.PostAsJsonAsync(
            $"/api/v1/supervision/recommendations/{b.Id("sup.recommendation")}/escalate", new { note = "Lạ" })),
        ["GET /api/v1/public/units/{unitCode}/recommendations"] = async (c, b) =>
        {
            // Public by design, but only what the portal may show: the Front's own recommendations are not.
            var r = await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/recommendations");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain(Secret, await r.Content.ReadAsStringAsync());
        },
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/supervision"] = PageCase.Hides(_ => "/supervision?source=Front&dueFrom=2026-11-01", _ => Secret),
        ["/supervision/recommendations/{id:guid}"] = PageCase.Refused(b => $"/supervision/recommendations/{b.Id("sup.recommendation")}"),
        ["/supervision/boards"] = PageCase.Hides(_ => "/supervision/boards", _ => "Nhà văn hóa của B"),
        ["/supervision/boards/{id:guid}"] = PageCase.Refused(b => $"/supervision/boards/{b.Id("sup.board")}"),
        ["/supervision/sessions"] = PageCase.Hides(_ => "/supervision/sessions", _ => "Giám sát của B"),
        ["/supervision/sessions/{id:guid}"] = PageCase.Refused(b => $"/supervision/sessions/{b.Id("sup.session")}"),
        ["/supervision/voters-meetings"] = PageCase.Hides(_ => "/supervision/voters-meetings", _ => "Đơn vị của B"),
        ["/supervision/voters-meetings/{id:guid}"] = PageCase.Refused(b => $"/supervision/voters-meetings/{b.Id("sup.meeting")}"),
        ["/supervision/dialogues"] = PageCase.Hides(_ => "/supervision/dialogues", _ => "Chủ tịch B"),
        ["/supervision/dialogues/{id:guid}"] = PageCase.Refused(b => $"/supervision/dialogues/{b.Id("sup.dialogue")}"),
    };

    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        var board = $"/supervision/boards/{b.Id("sup.board")}";
        foreach (var (handler, form) in new (string, Dictionary<string, string>)[]
        {
            ("Plan", new() { ["Kind"] = "Yearly", ["Title"] = "Lạ", ["PeriodFrom"] = "2026-11-01", ["PeriodTo"] = "2026-12-31" }),
            ("Member", new() { ["Member.Name"] = "Người lạ", ["On"] = "2026-11-20" }),
            ("Leave", new() { ["MemberId"] = b.Id("sup.member").ToString(), ["On"] = "2026-11-20" }),
            ("Dissolve", new() { ["On"] = "2026-11-20" }),
            ("Confirm", new() { ["On"] = "2026-11-20" }),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"{board}?handler={handler}", form, "/supervision/boards")).StatusCode);
        }
        var members = Enumerable.Range(0, 5).SelectMany(i => new[] { ($"Candidates[{i}].Name", $"Người lạ {i}"), ($"Members[{i}].Name", $"Người lạ {i}") })
            .ToDictionary(x => x.Item1, x => x.Item2);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync("/supervision/boards?handler=Record",
            new(members) { ["UnitCode"] = b.HolderCode, ["Kind"] = "Inspection", ["EstablishedOn"] = "2026-11-01" }, "/supervision/boards")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync("/supervision/sessions",
            new() { ["UnitCode"] = b.HolderCode, ["Kind"] = "FrontSupervision", ["Topic"] = "Lạ", ["HeldOn"] = "2026-11-20" }, "/supervision/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync("/supervision/voters-meetings",
            new() { ["UnitCode"] = b.HolderCode, ["Level"] = "CommuneCouncil", ["Constituency"] = "Lạ", ["Deputies"] = "Lạ", ["HeldOn"] = "2026-11-20", ["Place"] = "Lạ" },
            "/supervision/voters-meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync("/supervision/dialogues",
            new() { ["UnitCode"] = b.HolderCode, ["HeadName"] = "Lạ", ["HeadTitle"] = "Lạ", ["Group"] = "Youth", ["AnnouncedOn"] = "2026-11-01", ["HeldOn"] = "2026-11-20", ["Place"] = "Lạ" },
            "/supervision/dialogues")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"/supervision/dialogues/{b.Id("sup.dialogue")}", new() { ["PublishedOn"] = "2026-11-21" },
            "/supervision/dialogues")).StatusCode);
        var recommendation = $"/supervision/recommendations/{b.Id("sup.recommendation")}";
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync(recommendation,
            new() { ["UnitCode"] = b.HolderCode, ["AnsweredOn"] = "2026-11-21", ["Answer"] = "Trả lời hộ" }, "/supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"{recommendation}?handler=Judge", new() { ["Accepted"] = "true" }, "/supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"{recommendation}?handler=Escalate", new() { ["Note"] = "Lạ" }, "/supervision")).StatusCode);
    }

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<SupervisionBoard>().CountAsync(), await db.Set<BoardMember>().CountAsync(m => m.LeftOn != null),
            await db.Set<SupervisionBoard>().CountAsync(x => x.DissolvedOn != null), await db.Set<SupervisionPlan>().CountAsync(),
            await db.Set<SupervisionSession>().CountAsync(), await db.Set<VotersMeeting>().CountAsync(), await db.Set<Dialogue>().CountAsync(d => d.ResultsPublishedOn != null),
            await db.Set<Recommendation>().CountAsync(r => r.AnsweredOn != null || r.EscalatedOn != null || r.Acceptance != Acceptance.Pending));
}
