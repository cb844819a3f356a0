using Grassroots.Web.Modules.Surveys.Responses;

namespace Grassroots.Web.Modules.Surveys;

public sealed record PublicSurveyForm(string PublicCode, string UnitName, string Title, string QuestionnaireTitle, string? Introduction, DateOnly From, DateOnly To,
    bool Open, bool OnePerDevice, IReadOnlyList<QuestionView> Questions);

/// <summary>The citizen's side of a survey, without signing in: the form, the answers, the results once the campaign is closed.</summary>
public static class PublicSurveysApi
{
    public static RouteGroupBuilder MapPublicSurveysApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/public/surveys").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimits.Portal);
        g.MapGet("/{code}", Form).WithSummary("A campaign's questionnaire, by the code of its public link.");
        g.MapPost("/{code}/responses", Submit)
            .WithSummary("Anonymous answers by question number; deviceToken: a random value the device keeps (one response per device), stored only as a hash. "
                + "Refused with nothing stored: a closed campaign, an answer out of scale, a device that has answered.");
        g.MapGet("/{code}/results", Results).WithSummary("The index of a closed campaign, by element and overall, with 95 % intervals and the sample.");
        return api;
    }

    private static async Task<Ok<PublicSurveyForm>> Form(string code, SurveyReader r, TimeProvider clock, CancellationToken ct)
    {
        var c = await r.PublicFormAsync(code, ct);
        var today = clock.VietnamToday();
        return TypedResults.Ok(new PublicSurveyForm(c.PublicCode, c.UnitName, c.Title, c.QuestionnaireTitle, c.Introduction, c.From, c.To,
            c.Status == CampaignStatus.Open && today >= c.From && today <= c.To, c.OnePerDevice, [.. c.Questions.Select(SurveyReader.View)]));
    }

    private static async Task<NoContent> Submit(string code, SurveyAnswersRequest body, SubmitSurveyResponse h, CancellationToken ct)
    {
        await h.PublicAsync(code, body, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PublicSurveyResults>> Results(string code, SurveyReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.PublicResultsAsync(code, ct));
}
