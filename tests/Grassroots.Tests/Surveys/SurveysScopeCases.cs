using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Surveys;

namespace Grassroots.Tests.Surveys;

/// <summary>The unit-scope cases of the Surveys module (Platform/UnitScopeEveryEndpointTests): every endpoint and page.</summary>
public sealed class SurveysScopeCases : ScopeCases
{
    private const string CampaignOfB = "Khảo sát riêng của đơn vị B";
    private const string QuestionnaireOfB = "Phiếu riêng của đơn vị B";

    private static object Questions() => new[] { new { section = "1", text = "Hài lòng?", kind = "Scale", factor = "Access", aspect = "Satisfaction", required = true } };

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var created = await b.Admin.PostAsJsonAsync("/api/v1/surveys/campaigns",
            new { unitCode = b.HolderCode, title = CampaignOfB, from = "2026-11-01", to = "2026-11-30", targetSample = 5 }, GrassrootsApp.Json);
        var c = await created.ReadAsync<CampaignCreated>();
        b.Set("survey.campaign", c.Id);
        b.Set("survey.code", c.PublicCode);
        var q = await (await b.Admin.PostAsJsonAsync("/api/v1/surveys/questionnaires",
            new { unitCode = b.HolderCode, title = QuestionnaireOfB, questions = Questions() }, GrassrootsApp.Json)).ReadAsync<QuestionnaireView>();
        b.Set("survey.questionnaire", q.Id);
    }

    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        var open = await a.PostFormAsync("/surveys", new()
        {
            ["NewUnit"] = b.HolderCode, ["NewTitle"] = "Khảo sát lạ", ["NewFrom"] = "2026-11-01", ["NewTo"] = "2026-11-30", ["NewTarget"] = "5",
        }, "/surveys");
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        var id = b.Id("survey.campaign");
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/surveys/{id}?handler=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/surveys/{id}?handler=png")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/surveys/{id}?handler=docx")).StatusCode);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/surveys/questionnaires"] = (c, b) => HidesB(c.GetAsync("/api/v1/surveys/questionnaires"), QuestionnaireOfB),
        ["GET /api/v1/surveys/questionnaires/template"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync("/api/v1/surveys/questionnaires/template")), // the same for all
        ["GET /api/v1/surveys/questionnaires/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/questionnaires/{b.Id("survey.questionnaire")}")),
        ["POST /api/v1/surveys/questionnaires"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/surveys/questionnaires",
            new { unitCode = b.HolderCode, title = "Lạ", questions = Questions() }, GrassrootsApp.Json)),
        ["PUT /api/v1/surveys/questionnaires/{id:guid}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{b.Id("survey.questionnaire")}",
            new { title = "Sửa lạ", questions = Questions() }, GrassrootsApp.Json)),
        ["POST /api/v1/surveys/questionnaires/{id:guid}/publish"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/surveys/questionnaires/{b.Id("survey.questionnaire")}/publish",
            new { }, GrassrootsApp.Json)),
        ["POST /api/v1/surveys/questionnaires/{id:guid}/versions"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/surveys/questionnaires/{b.Id("survey.questionnaire")}/versions",
            new { }, GrassrootsApp.Json)),
        ["GET /api/v1/surveys/campaigns"] = (c, b) => HidesB(c.GetAsync("/api/v1/surveys/campaigns"), CampaignOfB),
        ["POST /api/v1/surveys/campaigns"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/surveys/campaigns",
            new { unitCode = b.HolderCode, title = "Lạ", from = "2026-11-01", to = "2026-11-30", targetSample = 5 }, GrassrootsApp.Json)),
        ["GET /api/v1/surveys/campaigns/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}")),
        ["POST /api/v1/surveys/campaigns/{id:guid}/close"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}/close",
            new { }, GrassrootsApp.Json)),
        ["POST /api/v1/surveys/campaigns/{id:guid}/responses"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}/responses",
            new { answers = SurveyRecords.Answers(5) }, GrassrootsApp.Json)),
        ["GET /api/v1/surveys/campaigns/{id:guid}/results.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}/results.xlsx")),
        ["GET /api/v1/surveys/campaigns/{id:guid}/report.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}/report.docx")),
        ["GET /api/v1/surveys/campaigns/{id:guid}/qr.png"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/campaigns/{b.Id("survey.campaign")}/qr.png")),
        ["GET /api/v1/surveys/index"] = (c, b) => Denied(c.GetAsync($"/api/v1/surveys/index?unit={b.HolderCode}&from=2026-01-01&to=2026-11-23")),
        // Public by design: the form of B's campaign for anyone; an answer out of scale refused (nothing stored); results only once closed.
        ["GET /api/v1/public/surveys/{code}"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync($"/api/v1/public/surveys/{b.Get<string>("survey.code")}")),
        ["POST /api/v1/public/surveys/{code}/responses"] = (c, b) => Status(HttpStatusCode.BadRequest,
            SurveyRecords.AnswerAsync(c, b.Get<string>("survey.code"), SurveyRecords.Answers(9))),
        ["GET /api/v1/public/surveys/{code}/results"] = (c, b) => Status(HttpStatusCode.Conflict, c.GetAsync($"/api/v1/public/surveys/{b.Get<string>("survey.code")}/results")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/surveys"] = PageCase.Hides(_ => "/surveys?from=2026-11-01&to=2026-11-30", _ => CampaignOfB),
        ["/surveys/{id:guid}"] = PageCase.Refused(b => $"/surveys/{b.Id("survey.campaign")}"),
        ["/surveys/{id:guid}/qr"] = PageCase.Refused(b => $"/surveys/{b.Id("survey.campaign")}/qr"),
        ["/surveys/questionnaires/{id}"] = PageCase.Refused(b => $"/surveys/questionnaires/{b.Id("survey.questionnaire")}"),
        ["/p/s/{code}"] = PageCase.Public(b => $"/p/s/{b.Get<string>("survey.code")}"),
        ["/p/s/{code}/results"] = PageCase.Public(b => $"/p/s/{b.Get<string>("survey.code")}/results"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => string.Join("|",
        await db.Set<Questionnaire>().CountAsync(), await db.Set<Questionnaire>().CountAsync(q => q.Status == QuestionnaireStatus.Published),
        await db.Set<SurveyCampaign>().CountAsync(), await db.Set<SurveyCampaign>().CountAsync(c => c.Status == CampaignStatus.Closed),
        await db.Set<SurveyResponse>().CountAsync(), await db.Set<SurveyDevice>().CountAsync(), await db.Set<SurveyCampaign>().SumAsync(c => c.Responses));
}
