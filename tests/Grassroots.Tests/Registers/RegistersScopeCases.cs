using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Tests.Registers;

/// <summary>The unit-scope cases of the Registers module (Platform/UnitScopeEveryEndpointTests): every endpoint and page.</summary>
public sealed class RegistersScopeCases : ScopeCases
{
    private const string Party = "Bà Hòa Giải Bên Bê";
    private const string Topic = "Tuyên truyền riêng của bên B";
    private const string ModelName = "Mô hình riêng của bên B";
    private const string Firm = "Công ty riêng của bên B";

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var team = await RegisterRecords.TeamAsync(b.Admin, b.HolderCode, "Tổ hòa giải bên B", "2026-01-05");
        var open = await RegisterRecords.CaseAsync(b.Admin, team.Id, "2026-11-02", partyA: Party);
        var settled = await RegisterRecords.CaseAsync(b.Admin, team.Id, "2026-11-03", partyA: Party);
        await RegisterRecords.SettleAsync(b.Admin, settled.Id, "2026-11-05");
        var session = await RegisterRecords.SessionAsync(b.Admin, b.HolderCode, "2026-11-04", 10, 10, topic: Topic);
        var training = await RegisterRecords.ClassAsync(b.Admin, b.HolderCode, "2026-10-01", organised: true, 0, 5, 5);
        var model = (await (await b.Admin.PostAsJsonAsync("/api/v1/models", new
        {
            unitCode = b.HolderCode, name = ModelName, field = "Economy", description = "Mô tả", startedBy = "Hội Phụ nữ", yearRegistered = 2026,
        })).ReadAsync<ModelDetail>()).Model;
        var evidence = await (await b.Admin.PostAsync($"/api/v1/models/{model.Id}/evidence", Pdf("anh-mo-hinh.pdf"))).ReadAsync<ModelDetail>();
        var workplace = await RegisterRecords.WorkplaceAsync(b.Admin, b.HolderCode, Firm, "PrivateEnterprise", 30, "2026-01-01");
        (await RegisterRecords.ConferenceAsync(b.Admin, workplace.Workplace.Id, 2026, "2026-03-10")).EnsureSuccessStatusCode();
        var detail = await (await b.Admin.GetAsync($"/api/v1/workplaces/{workplace.Workplace.Id}")).ReadAsync<WorkplaceDetail>();
        b.Set("team", team.Id);
        b.Set("case", open.Id);
        b.Set("settled", settled.Id);
        b.Set("outreach", session.Session.Id);
        b.Set("class", training.Id);
        b.Set("model", model.Id);
        b.Set("evidence", evidence.Evidence[0].Id);
        b.Set("workplace", workplace.Workplace.Id);
        b.Set("conference", detail.Conferences[0].Id);
    }

    private static string Period(ScopeTarget b) => $"unit={b.HolderCode}&from=2026-01-01&to=2026-12-31";

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/mediation/teams"] = (c, b) => HidesB(c.GetAsync("/api/v1/mediation/teams"), "Tổ hòa giải bên B"),
        ["POST /api/v1/mediation/teams"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/mediation/teams",
            new { unitCode = b.HolderCode, name = "Tổ lạ", recognisedOn = "2026-02-01", members = RegisterRecords.Members() })),
        ["GET /api/v1/mediation/cases"] = (c, b) => HidesB(c.GetAsync("/api/v1/mediation/cases"), Party),
        ["POST /api/v1/mediation/cases"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/mediation/cases",
            new { teamId = b.Id("team"), receivedOn = "2026-11-10", partyA = "X", partyB = "Y", kind = "Land", source = "PartiesRequest", summary = "Z" })),
        ["GET /api/v1/mediation/cases/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/mediation/cases/{b.Id("case")}")),
        ["POST /api/v1/mediation/cases/{id:guid}/sessions"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/mediation/cases/{b.Id("case")}/sessions",
            new { heldOn = "2026-11-10", mediators = "X" })),
        ["POST /api/v1/mediation/cases/{id:guid}/outcome"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/mediation/cases/{b.Id("case")}/outcome",
            new { status = "Withdrawn", on = "2026-11-10" })),
        ["POST /api/v1/mediation/cases/{id:guid}/follow-up"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/mediation/cases/{b.Id("settled")}/follow-up",
            new { compliance = "Honoured", on = "2026-11-10" })),
        ["GET /api/v1/mediation/cases/{id:guid}/agreement.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/mediation/cases/{b.Id("settled")}/agreement.docx")),
        ["GET /api/v1/mediation/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/mediation/register.xlsx?{Period(b)}")),

        ["GET /api/v1/outreach/sessions"] = (c, b) => HidesB(c.GetAsync("/api/v1/outreach/sessions"), b.Id("outreach").ToString()),
        ["POST /api/v1/outreach/sessions"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/outreach/sessions", new
        {
            unitCode = b.HolderCode, kind = "Propaganda", heldOn = "2026-11-04", topic = "T", law = "L", form = "Leaflet", place = "P", people = 1, attendances = 1,
        })),
        ["GET /api/v1/outreach/sessions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/outreach/sessions/{b.Id("outreach")}")),
        ["POST /api/v1/outreach/sessions/{id:guid}/attendees"] = (c, b) => Denied(c.PostAsync($"/api/v1/outreach/sessions/{b.Id("outreach")}/attendees",
            Sheet(AttendeeSheets.Write([[1, "Nguyễn Văn An", "Thôn 1"]])))),
        ["GET /api/v1/outreach/attendees-template.xlsx"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync("/api/v1/outreach/attendees-template.xlsx")), // the same for all
        ["GET /api/v1/outreach/communes"] = (c, b) => Denied(c.GetAsync($"/api/v1/outreach/communes?{Period(b)}")),
        ["GET /api/v1/outreach/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/outreach/register.xlsx?{Period(b)}")),
        ["GET /api/v1/outreach/classes"] = (c, b) => HidesB(c.GetAsync("/api/v1/outreach/classes"), b.Id("class").ToString()),
        ["POST /api/v1/outreach/classes"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/outreach/classes", new
        {
            unitCode = b.HolderCode, topic = "T", startsOn = "2026-10-01", endsOn = "2026-10-01", trainers = "GV", organised = true, others = 10,
        })),
        ["GET /api/v1/outreach/classes/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/outreach/classes/register.xlsx?{Period(b)}")),

        ["GET /api/v1/models/"] = (c, b) => HidesB(c.GetAsync("/api/v1/models"), ModelName),
        ["POST /api/v1/models/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/models", new
        {
            unitCode = b.HolderCode, name = "M", field = "Economy", description = "D", startedBy = "S", yearRegistered = 2026,
        })),
        ["GET /api/v1/models/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/models/{b.Id("model")}")),
        ["POST /api/v1/models/{id:guid}/recognitions"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/models/{b.Id("model")}/recognitions",
            new { level = "District", year = 2026, decisionNumber = "1/QĐ", decidedOn = "2026-06-01" })),
        ["POST /api/v1/models/{id:guid}/replications"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/models/{b.Id("model")}/replications",
            new { unitCode = b.HolderCode, startedOn = "2026-07-01" })),
        ["POST /api/v1/models/{id:guid}/evidence"] = (c, b) => Denied(c.PostAsync($"/api/v1/models/{b.Id("model")}/evidence", Pdf())),
        ["GET /api/v1/models/{id:guid}/evidence/{evidenceId:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/models/{b.Id("model")}/evidence/{b.Id("evidence")}")),
        ["GET /api/v1/models/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/models/register.xlsx?{Period(b)}")),
        ["GET /api/v1/public/units/{unitCode}/models/{id:guid}"] = (c, b) =>
            Status(HttpStatusCode.OK, c.GetAsync($"/api/v1/public/units/{b.HolderCode}/models/{b.Id("model")}")), // public by design: the portal's page

        ["GET /api/v1/workplaces/"] = (c, b) => HidesB(c.GetAsync("/api/v1/workplaces"), Firm),
        ["POST /api/v1/workplaces/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/workplaces",
            new { unitCode = b.HolderCode, name = "W", kind = "Agency", staff = 5, since = "2026-01-01" })),
        ["GET /api/v1/workplaces/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/workplaces/{b.Id("workplace")}")),
        ["PUT /api/v1/workplaces/{id:guid}/kind"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/workplaces/{b.Id("workplace")}/kind", new { kind = "StateEnterprise" })),
        ["POST /api/v1/workplaces/{id:guid}/conferences"] = (c, b) => Denied(RegisterRecords.ConferenceAsync(c, b.Id("workplace"), 2025, "2026-02-10")),
        ["GET /api/v1/workplaces/{id:guid}/conferences/{conferenceId:guid}/minutes.docx"] = (c, b) =>
            Denied(c.GetAsync($"/api/v1/workplaces/{b.Id("workplace")}/conferences/{b.Id("conference")}/minutes.docx")),
        ["POST /api/v1/workplaces/{id:guid}/dialogues"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/workplaces/{b.Id("workplace")}/dialogues",
            new { heldOn = "2026-05-01", trigger = "Periodic", topic = "T", participants = 5 })),
        ["POST /api/v1/workplaces/{id:guid}/regulation"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/workplaces/{b.Id("workplace")}/regulation",
            new { number = "1/QĐ", issuedOn = "2026-05-01" })),
        ["GET /api/v1/workplaces/rates"] = (c, b) => Denied(c.GetAsync($"/api/v1/workplaces/rates?{Period(b)}")),
        ["GET /api/v1/workplaces/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/workplaces/register.xlsx?{Period(b)}")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/mediation"] = PageCase.Hides(_ => "/mediation", _ => Party),
        ["/mediation/{id:guid}"] = PageCase.Refused(b => $"/mediation/{b.Id("case")}"),
        ["/outreach"] = PageCase.Hides(_ => "/outreach", _ => Topic),
        ["/models"] = PageCase.Hides(_ => "/models", _ => ModelName),
        ["/models/{id:guid}"] = PageCase.Refused(b => $"/models/{b.Id("model")}"),
        ["/p/{unitCode}/models/{id:guid}"] = PageCase.Public(b => $"/p/{b.HolderCode}/models/{b.Id("model")}"),
        ["/workplaces"] = PageCase.Hides(_ => "/workplaces", _ => Firm),
        ["/workplaces/{id:guid}"] = PageCase.Refused(b => $"/workplaces/{b.Id("workplace")}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => string.Join("|",
        await db.Set<MediationTeam>().CountAsync(), await db.Set<MediationCase>().CountAsync(), await db.Set<MediationSession>().CountAsync(),
        string.Join(",", await db.Set<MediationCase>().OrderBy(c => c.Id).Select(c => c.Status.ToString() + c.Version + c.Compliance).ToListAsync()),
        await db.Set<OutreachSession>().CountAsync(), await db.Set<OutreachAttendee>().CountAsync(), await db.Set<TrainingClass>().CountAsync(),
        await db.Set<DanVanModel>().CountAsync(), await db.Set<ModelRecognition>().CountAsync(), await db.Set<ModelReplication>().CountAsync(),
        await db.Set<ModelEvidence>().CountAsync(), await db.Set<Workplace>().CountAsync(), await db.Set<WorkplaceConference>().CountAsync(),
        await db.Set<WorkplaceDialogue>().CountAsync(), string.Join(",", await db.Set<Workplace>().OrderBy(w => w.Id).Select(w => w.Kind.ToString() + w.Version).ToListAsync()));
}
