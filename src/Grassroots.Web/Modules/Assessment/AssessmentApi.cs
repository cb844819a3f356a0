using Grassroots.Web.Modules.Assessment.Appraisal;
using Grassroots.Web.Modules.Assessment.SelfAssessment;
using Grassroots.Web.Modules.Assessment.Sets;

namespace Grassroots.Web.Modules.Assessment;

public static class AssessmentApi
{
    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/assessment").WithTags("Assessment");
        g.MapGet("/sets", Sets).Requires(Permission.View, "scope+query:unit").WithSummary("Criteria sets issued by or assessing units in reach (?unit, ?year).");
        g.MapPost("/sets", CreateSet).Requires(Permission.Assess, "body:issuerCode")
            .WithSummary("A draft criteria set: a tree of numbered criteria (max points, yes/no, scale or an indicator's figure, evidence), thresholds or a standard's pass mark.");
        g.MapGet("/sets/{id:guid}", Set).Requires(Permission.View, "set").WithSummary("A set with its criteria and the assessments in reach.");
        g.MapPut("/sets/{id:guid}", UpdateSet).Requires(Permission.Assess, "set").WithSummary("Replace a draft's content; a published set is never edited (409).");
        g.MapPost("/sets/{id:guid}/publish", Publish).Requires(Permission.Assess, "set")
            .WithSummary("Publish: one assessment per unit under the issuer, due on the working calendar, computed criteria pre-filled.");
        g.MapPost("/sets/{id:guid}/versions", NewVersion).Requires(Permission.Assess, "set").WithSummary("A new draft version of a published set.");
        g.MapPost("/sets/{id:guid}/prefill", Prefill).Requires(Permission.Assess, "set").WithSummary("Pre-fill the computed criteria of every open assessment again.");
        g.MapPost("/sets/{id:guid}/results", PublishResults).Requires(Permission.Assess, "set").WithSummary("Publish the ranking and results (on the portal too).");
        g.MapGet("/sets/{id:guid}/ranking", Ranking).Requires(Permission.View, "set").WithSummary("The ranking of the decided units within the issuer.");
        g.MapGet("/sets/{id:guid}/decision.docx", DecisionDocument).Requires(Permission.View, "set").WithSummary("The decision recognising the results (Word, NĐ 30/2020 format).");
        g.MapGet("/assessments", Assessments).Requires(Permission.View, "scope+query:unit").WithSummary("Assessments in reach (?unit, ?year, ?status).");
        g.MapGet("/assessments/{id:guid}", Assessment).Requires(Permission.View, "assessment");
        g.MapPut("/assessments/{id:guid}/self", ScoreSelf).Requires(Permission.Edit, "assessment").WithSummary("The unit's own points (within each maximum) and notes.");
        g.MapPost("/assessments/{id:guid}/criteria/{criterionId:guid}/evidence", Attach).Requires(Permission.Edit, "assessment").DisableAntiforgery()
            .WithSummary("An evidence file for a criterion (multipart field 'file'): PDF, JPEG, PNG, Word or Excel, at most 20 MB.");
        g.MapGet("/assessments/{id:guid}/evidence/{evidenceId:guid}", Evidence).Requires(Permission.View, "assessment");
        g.MapDelete("/assessments/{id:guid}/evidence/{evidenceId:guid}", RemoveEvidence).Requires(Permission.Edit, "assessment");
        g.MapPost("/assessments/{id:guid}/submit", Submit).Requires(Permission.Edit, "assessment")
            .WithSummary("Submit by the due day: every criterion scored, evidence where the set needs it.");
        g.MapPost("/assessments/{id:guid}/extension", Extend).Requires(Permission.Assess, "assessment").WithSummary("More time for the unit, with a reason.");
        g.MapPut("/assessments/{id:guid}/appraisal", Appraise).Requires(Permission.Assess, "assessment")
            .WithSummary("The level above agrees or changes points (a change needs its reason).");
        g.MapPost("/assessments/{id:guid}/return", Return).Requires(Permission.Assess, "assessment").WithSummary("Back to the unit for more evidence.");
        g.MapPost("/assessments/{id:guid}/decision", Decide).Requires(Permission.Assess, "assessment")
            .WithSummary("The council's final decision: the level follows from the thresholds; appeals open.");
        g.MapPost("/assessments/{id:guid}/appeal", Appeal).Requires(Permission.Edit, "assessment").WithSummary("The unit appeals within the appeal window.");
        g.MapPost("/assessments/{id:guid}/appeal/answer", AnswerAppeal).Requires(Permission.Assess, "assessment").WithSummary("The council answers the appeal.");
        g.MapGet("/assessments/{id:guid}/record.docx", RecordDocument).Requires(Permission.View, "assessment").WithSummary("The appraisal record (Word).");
        g.MapGet("/targets", Target).Requires(Permission.View, "query:unit")
            .WithSummary("A unit's progress on a standard in a year (?unit, ?standard, ?year): its communes, those passing, the share against its target.");
        g.MapPut("/targets", SetTarget).Requires(Permission.Assess, "body:unitCode").WithSummary("A unit's target share of communes passing a standard in a year.");
        api.MapGet("/public/assessment/sets/{id:guid}/ranking", PublicRanking).WithTags("Public").AllowAnonymous()
            .WithSummary("A published ranking (no sign-in); 404 until the issuer publishes the results.");
        return api;
    }

    private static async Task<Ok<List<SetSummary>>> Sets(string? unit, int? year, AssessmentReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SetsAsync(unit, year, ct));

    private static async Task<Created<SetDto>> CreateSet(CriteriaSetRequest r, CreateCriteriaSet h, AssessmentReader reader, CancellationToken ct)
    {
        var s = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/assessment/sets/{s.Id}", await reader.SetAsync(s.Id, ct));
    }

    private static async Task<Ok<SetDto>> Set(Guid id, AssessmentReader reader, CancellationToken ct) => TypedResults.Ok(await reader.SetAsync(id, ct));

    private static async Task<Ok<SetDto>> UpdateSet(Guid id, CriteriaSetRequest r, UpdateCriteriaSet h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.SetAsync(id, ct));
    }

    private static async Task<Ok<SetDto>> Publish(Guid id, PublishCriteriaSet h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.Ok(await reader.SetAsync(id, ct));
    }

    private static async Task<Created<SetDto>> NewVersion(Guid id, NewSetVersion h, AssessmentReader reader, CancellationToken ct)
    {
        var s = await h.HandleAsync(id, ct);
        return TypedResults.Created($"/api/v1/assessment/sets/{s.Id}", await reader.SetAsync(s.Id, ct));
    }

    private static async Task<Ok<SetDto>> Prefill(Guid id, PrefillAssessments h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.Ok(await reader.SetAsync(id, ct));
    }

    private static async Task<Ok<RankingDto>> PublishResults(Guid id, PublishResults h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.Ok(await reader.RankingAsync(id, ct));
    }

    private static async Task<Ok<RankingDto>> Ranking(Guid id, AssessmentReader reader, CancellationToken ct) => TypedResults.Ok(await reader.RankingAsync(id, ct));

    private static async Task<Results<Ok<RankingDto>, NotFound>> PublicRanking(Guid id, AssessmentReader reader, CancellationToken ct) =>
        await reader.PublishedRankingAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();

    private static async Task<FileContentHttpResult> DecisionDocument(Guid id, AssessmentDocuments documents, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await documents.DecisionAsync(id, ct));

    private static async Task<Ok<List<AssessmentRow>>> Assessments(string? unit, int? year, AssessmentStatus? status, AssessmentReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.AssessmentsAsync(unit, year, status, ct));

    private static async Task<Ok<AssessmentDto>> Assessment(Guid id, AssessmentReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.AssessmentAsync(id, ct));

    private static async Task<Ok<AssessmentDto>> ScoreSelf(Guid id, SelfScoresRequest r, ScoreSelf h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Created<EvidenceDto>> Attach(Guid id, Guid criterionId, IFormFile? file, AttachEvidence h, CancellationToken ct)
    {
        var e = await h.HandleAsync(id, criterionId, file, ct);
        return TypedResults.Created($"/api/v1/assessment/assessments/{id}/evidence/{e.Id}", new EvidenceDto(e.Id, e.FileName, e.Size, e.UploadedAt));
    }

    private static async Task<FileContentHttpResult> Evidence(Guid id, Guid evidenceId, AssessmentReader reader, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await reader.EvidenceFileAsync(id, evidenceId, ct));

    private static async Task<NoContent> RemoveEvidence(Guid id, Guid evidenceId, RemoveEvidence h, CancellationToken ct)
    {
        await h.HandleAsync(id, evidenceId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AssessmentDto>> Submit(Guid id, SubmitAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> Extend(Guid id, ExtensionRequest r, ExtendAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> Appraise(Guid id, AppraisalRequest r, AppraiseAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> Return(Guid id, ReturnRequest r, ReturnAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> Decide(Guid id, DecisionRequest r, DecideAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> Appeal(Guid id, AppealRequest r, AppealAssessment h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<Ok<AssessmentDto>> AnswerAppeal(Guid id, AppealAnswerRequest r, AnswerAppeal h, AssessmentReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.AssessmentAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> RecordDocument(Guid id, AssessmentDocuments documents, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await documents.RecordAsync(id, ct));

    private static async Task<Ok<TargetProgressDto>> Target(string? unit, string? standard, int? year, AssessmentReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.TargetAsync(unit, standard, year, ct));

    private static async Task<Ok<TargetProgressDto>> SetTarget(TargetRequest r, SetStandardTarget h, AssessmentReader reader, CancellationToken ct)
    {
        var t = await h.HandleAsync(r, ct);
        return TypedResults.Ok(await reader.TargetAsync(r.UnitCode, t.StandardName, t.Year, ct));
    }
}
