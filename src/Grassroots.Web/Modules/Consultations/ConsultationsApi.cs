namespace Grassroots.Web.Modules.Consultations;

public sealed record CommentAccepted(Guid Id);

public static class ConsultationsApi
{
    public static RouteGroupBuilder MapConsultationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/consultations").WithTags("Consultations");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit").WithSummary("Consultations in reach, newest first.");
        g.MapPost("/", Create).Requires(Permission.Edit, "body:unitCode").WithSummary("Put a draft out for comments: window and who may comment (L10 Điều 25–26).");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "consultation").WithSummary("A consultation with its comment count and summary groups.");
        g.MapGet("/{id:guid}/comments", Comments).Requires(Permission.View, "consultation").WithSummary("Comments newest first, 20 a page (?before=<id> continues).");
        g.MapPost("/{id:guid}/comments", OfficerComment).Requires(Permission.Edit, "consultation").WithSummary("Opinions given at a meeting or in writing, entered by an officer.");
        g.MapPost("/{id:guid}/groups", AddGroup).Requires(Permission.Edit, "consultation").WithSummary("A group of comments and the answer: accepted or explained.");
        g.MapPost("/{id:guid}/summary", Publish).Requires(Permission.Edit, "consultation").WithSummary("Publish the closing summary on the portal (L10 Điều 28).");
        g.MapGet("/{id:guid}/summary.docx", SummaryDoc).Requires(Permission.View, "consultation").WithSummary("The summary of comments and answers as a Word document (NĐ 30/2020 format).");
        var p = api.MapGroup("/public/consultations").WithTags("Public").AllowAnonymous();
        p.MapGet("/{id:guid}", PublicGet).WithSummary("A consultation as the portal shows it (no sign-in).");
        p.MapGet("/{id:guid}/comments", PublicComments).WithSummary("Its comments, newest first, 20 a page, without their authors.");
        p.MapPost("/{id:guid}/comments", PublicComment).RequireRateLimiting(RateLimits.Portal)
            .WithSummary("Comment on a draft; answered 201 only once the comment is committed. At most 2,000 characters.");
        return api;
    }

    private static async Task<Ok<List<ConsultationDto>>> List(string? unit, ConsultationReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(new ConsultationFilter(unit), ct));

    private static async Task<Created<ConsultationDto>> Create(CreateConsultationRequest r, CreateConsultation h, ConsultationReader reader, CancellationToken ct)
    {
        var c = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/consultations/{c.Id}", await reader.GetAsync(c.Id, ct));
    }

    private static async Task<Ok<ConsultationDto>> Get(Guid id, ConsultationReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(id, ct));

    private static async Task<Ok<CommentPage>> Comments(Guid id, Guid? before, ConsultationReader reader, CancellationToken ct)
    {
        await reader.RequireAsync(id, ct);
        return TypedResults.Ok(await reader.CommentsAsync(id, before, withAuthors: true, ct));
    }

    private static async Task<Created<CommentAccepted>> OfficerComment(Guid id, OfficerCommentRequest r, EnterComment h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/consultations/{id}/comments", new CommentAccepted(await h.HandleAsync(id, r, ct)));

    private static async Task<Created<GroupDto>> AddGroup(Guid id, GroupRequest r, AddCommentGroup h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/consultations/{id}", await h.HandleAsync(id, r, ct));

    private static async Task<Ok<ConsultationDto>> Publish(Guid id, PublishSummaryRequest r, PublishSummary h, ConsultationReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.GetAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> SummaryDoc(Guid id, SummaryDocument document, CancellationToken ct)
    {
        var (bytes, name) = await document.BuildAsync(id, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Ok<ConsultationDto>> PublicGet(Guid id, ConsultationReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetPublicAsync(id, ct));

    private static async Task<Ok<CommentPage>> PublicComments(Guid id, Guid? before, ConsultationReader reader, CancellationToken ct)
    {
        await reader.GetPublicAsync(id, ct);
        return TypedResults.Ok(await reader.CommentsAsync(id, before, withAuthors: false, ct));
    }

    private static async Task<Created<CommentAccepted>> PublicComment(Guid id, CommentRequest r, SubmitComment submit, CancellationToken ct)
    {
        var commentId = await submit.HandleAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/public/consultations/{id}/comments", new CommentAccepted(commentId));
    }
}
