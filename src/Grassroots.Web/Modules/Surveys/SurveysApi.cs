using Grassroots.Web.Modules.Surveys.Campaigns;
using Grassroots.Web.Modules.Surveys.Questionnaires;
using Grassroots.Web.Modules.Surveys.Responses;

namespace Grassroots.Web.Modules.Surveys;

public sealed record CampaignCreated(Guid Id, string PublicCode, string PublicLink);

public sealed record UnitSurveyIndex(string UnitCode, string UnitName, DateOnly From, DateOnly To, SurveyIndex Index);

public static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/surveys").WithTags("Surveys");
        g.MapGet("/questionnaires", Questionnaires).Requires(Permission.View, "scope")
            .WithSummary("The questionnaires in reach: the shipped SIPAS template and the units' own, each version apart.");
        g.MapGet("/questionnaires/template", Template).Requires(Permission.View, "none").WithSummary("The shipped SIPAS-style template's questions.");
        g.MapGet("/questionnaires/{id:guid}", Questionnaire).Requires(Permission.View, "questionnaire").WithSummary("A questionnaire version with its questions.");
        g.MapPost("/questionnaires", CreateQuestionnaire).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("A unit's questionnaire, as a draft: sections and questions (scale, choice, text), SIPAS element and aspect where they count.");
        g.MapPut("/questionnaires/{id:guid}", EditQuestionnaire).Requires(Permission.Edit, "questionnaire")
            .WithSummary("A draft's title and questions replaced; a published version is never edited (409).");
        g.MapPost("/questionnaires/{id:guid}/publish", Publish).Requires(Permission.Edit, "questionnaire").WithSummary("A draft published: never edited again.");
        g.MapPost("/questionnaires/{id:guid}/versions", NewVersion).Requires(Permission.Edit, "questionnaire or body:unitCode")
            .WithSummary("A new draft version with the questions copied (the shipped template: copied into the unit named by unitCode).");
        g.MapGet("/campaigns", Campaigns).Requires(Permission.View, "scope+query:unit").WithSummary("Campaigns in reach (?unit, ?from, ?to).");
        g.MapPost("/campaigns", Open).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("A campaign of a unit over a period with a published questionnaire (none: the SIPAS template) and a target sample; answers its public link.");
        g.MapGet("/campaigns/{id:guid}", Campaign).Requires(Permission.View, "campaign").WithSummary("A campaign with its index by element and overall, with 95 % intervals.");
        g.MapPost("/campaigns/{id:guid}/close", Close).Requires(Permission.Edit, "campaign").WithSummary("The campaign closes; its index is published on the portal.");
        g.MapPost("/campaigns/{id:guid}/responses", Paper).Requires(Permission.Edit, "campaign")
            .WithSummary("A paper form typed in: answers by question number ({\"answers\": {\"2\": \"5\"}}); anonymous, the day only.");
        g.MapGet("/campaigns/{id:guid}/results.xlsx", Workbook).Requires(Permission.View, "campaign").WithSummary("The index and the answers as a workbook.");
        g.MapGet("/campaigns/{id:guid}/report.docx", Report).Requires(Permission.View, "campaign")
            .WithSummary("The results report in the national format (Word): the sample by channel, the index by element and overall with 95 % intervals, the method.");
        g.MapGet("/campaigns/{id:guid}/qr.png", Qr).Requires(Permission.View, "campaign").WithSummary("The QR code of the public link, for the counter.");
        g.MapGet("/index", UnitIndex).Requires(Permission.View, "query:unit")
            .WithSummary("A unit's index over a period (?unit, ?from, ?to): its subtree's and merged units' responses summed, the letters' verdicts in the feedback element.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<QuestionnaireLine>>> Questionnaires(SurveyReader r, CancellationToken ct) => TypedResults.Ok(await r.QuestionnairesAsync(ct));

    private static Ok<QuestionnaireView> Template() => TypedResults.Ok(SurveyReader.Template());

    private static async Task<Ok<QuestionnaireView>> Questionnaire(Guid id, SurveyReader r, CancellationToken ct) => TypedResults.Ok(await r.QuestionnaireAsync(id, ct));

    private static async Task<Created<QuestionnaireView>> CreateQuestionnaire(SaveQuestionnaireRequest body, SaveQuestionnaire h, SurveyReader r, CancellationToken ct)
    {
        var q = await h.CreateAsync(body, ct);
        return TypedResults.Created($"/api/v1/surveys/questionnaires/{q.Id}", await r.QuestionnaireAsync(q.Id, ct));
    }

    private static async Task<Ok<QuestionnaireView>> EditQuestionnaire(Guid id, SaveQuestionnaireRequest body, SaveQuestionnaire h, SurveyReader r, CancellationToken ct)
    {
        await h.EditAsync(id, body, ct);
        return TypedResults.Ok(await r.QuestionnaireAsync(id, ct));
    }

    private static async Task<Ok<QuestionnaireView>> Publish(Guid id, PublishQuestionnaireRequest? body, PublishQuestionnaire h, SurveyReader r, CancellationToken ct)
    {
        await h.HandleAsync(id, body ?? new(null), ct);
        return TypedResults.Ok(await r.QuestionnaireAsync(id, ct));
    }

    private static async Task<Created<QuestionnaireView>> NewVersion(Guid id, NewVersionRequest? body, NewQuestionnaireVersion h, SurveyReader r, CancellationToken ct)
    {
        var q = await h.HandleAsync(id, body ?? new(null), ct);
        return TypedResults.Created($"/api/v1/surveys/questionnaires/{q.Id}", await r.QuestionnaireAsync(q.Id, ct));
    }

    private static async Task<Ok<IReadOnlyList<CampaignLine>>> Campaigns(string? unit, DateOnly? from, DateOnly? to, SurveyReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.CampaignsAsync(unit, from, to, ct));

    private static async Task<Created<CampaignCreated>> Open(OpenCampaignRequest body, OpenCampaign h, HttpContext http, CancellationToken ct)
    {
        var c = await h.HandleAsync(body, ct);
        return TypedResults.Created($"/api/v1/surveys/campaigns/{c.Id}", new CampaignCreated(c.Id, c.PublicCode, SurveyQr.Link(http.Request, c.PublicCode)));
    }

    private static async Task<Ok<CampaignView>> Campaign(Guid id, SurveyReader r, CancellationToken ct) => TypedResults.Ok(await r.CampaignAsync(id, ct));

    private static async Task<Ok<CampaignView>> Close(Guid id, CloseCampaignRequest? body, CloseCampaign h, SurveyReader r, CancellationToken ct)
    {
        await h.HandleAsync(id, body ?? new(null), ct);
        return TypedResults.Ok(await r.CampaignAsync(id, ct));
    }

    private static async Task<NoContent> Paper(Guid id, SurveyAnswersRequest body, SubmitSurveyResponse h, CancellationToken ct)
    {
        await h.PaperAsync(id, body, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Workbook(Guid id, SurveyReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.WorkbookAsync(id, ct));

    private static async Task<FileContentHttpResult> Report(Guid id, SurveyDocuments d, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await d.ReportAsync(id, ct));

    private static async Task<FileContentHttpResult> Qr(Guid id, SurveyReader r, HttpContext http, CancellationToken ct)
    {
        var c = await r.CampaignAsync(id, ct);
        return TypedResults.File(SurveyQr.Png(SurveyQr.Link(http.Request, c.PublicCode)), "image/png", $"qr-{c.PublicCode}.png");
    }

    private static async Task<Ok<UnitSurveyIndex>> UnitIndex(string? unit, DateOnly? from, DateOnly? to, SurveyReader r, CancellationToken ct)
    {
        var x = await r.UnitIndexAsync(unit, from, to, ct);
        return TypedResults.Ok(new UnitSurveyIndex(x.UnitCode, x.UnitName, x.From, x.To, x.Index));
    }
}
