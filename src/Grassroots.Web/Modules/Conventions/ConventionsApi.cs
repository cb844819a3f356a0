namespace Grassroots.Web.Modules.Conventions;

public static class ConventionsApi
{
    public static RouteGroupBuilder MapConventionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/conventions").WithTags("Conventions");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit").WithSummary("Village conventions in reach: the version in force and the one under way with its running limit.");
        g.MapPost("/", Start).Requires(Permission.Edit, "body:communityCode").WithSummary("Start the convention of a residential community with its first draft.");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "convention").WithSummary("A convention with every version and its limits, each explaining itself.");
        g.MapGet("/{id:guid}/text.docx", Document).Requires(Permission.View, "convention").WithSummary("The text in force (or ?version=N) as a Word document (NĐ 30/2020 format).");
        g.MapPost("/{id:guid}/versions", NewVersion).Requires(Permission.Edit, "convention").WithSummary("An amendment of the text in force (or a new draft after one that failed): the same path as the first text.");
        g.MapPut("/{id:guid}/versions/{number:int}", Edit).Requires(Permission.Edit, "convention").WithSummary("Change a draft not yet posted.");
        g.MapPost("/{id:guid}/versions/{number:int}/post", Post).Requires(Permission.Edit, "convention").WithSummary("Post the draft for comments, at least 30 days (NĐ61).");
        g.MapPost("/{id:guid}/versions/{number:int}/vote", Vote).Requires(Permission.Edit, "convention").WithSummary("Put the draft to the households' meeting once it was posted the full period.");
        g.MapPost("/{id:guid}/versions/{number:int}/adopt", Adopt).Requires(Permission.Edit, "convention").WithSummary("Adopted by more than half of all households (NĐ61 Điều 10): record the four signers.");
        g.MapPost("/{id:guid}/versions/{number:int}/file", Send).Requires(Permission.Edit, "convention").WithSummary("The file sent to the commune: within 5 working days of adoption.");
        g.MapPost("/{id:guid}/versions/{number:int}/file-complete", Complete).Requires(Permission.Edit, "convention").WithSummary("The missing documents arrived: the commune's 5 working days start.");
        g.MapPost("/{id:guid}/versions/{number:int}/recognise", Recognise).Requires(Permission.RecogniseDecisions, "convention").WithSummary("The commune recognises it: the text in force.");
        g.MapPost("/{id:guid}/versions/{number:int}/refuse", Refuse).Requires(Permission.RecogniseDecisions, "convention").WithSummary("The commune refuses to recognise it, with its reason.");
        g.MapPost("/{id:guid}/versions/{number:int}/abandon", Abandon).Requires(Permission.Edit, "convention").WithSummary("Close a version that will not be recognised (not adopted, withdrawn).");
        var p = api.MapGroup("/public/conventions").WithTags("Public").AllowAnonymous();
        p.MapGet("/{unitCode}", PublicList).WithSummary("Conventions of the communities under a unit: texts in force and drafts posted for comments (no sign-in).");
        p.MapGet("/{unitCode}/{id:guid}", PublicGet).WithSummary("A convention as the portal shows it (no sign-in).");
        return api;
    }

    private static async Task<Ok<List<ConventionSummary>>> List(string? unit, ConventionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(new ConventionFilter(unit), ct));

    private static async Task<Created<ConventionDto>> Start(StartConventionRequest r, StartConvention h, ConventionReader reader, CancellationToken ct)
    {
        var c = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/conventions/{c.Id}", await reader.GetAsync(c.Id, ct));
    }

    private static async Task<Ok<ConventionDto>> Get(Guid id, ConventionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(id, ct));

    private static async Task<FileContentHttpResult> Document(Guid id, int? version, ConventionDocument document, CancellationToken ct)
    {
        var (bytes, name) = await document.BuildAsync(id, version, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Created<ConventionDto>> NewVersion(Guid id, NewVersionRequest r, DraftNewVersion h, ConventionReader reader, CancellationToken ct)
    {
        var v = await h.HandleAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/conventions/{id}/versions/{v.Number}", await reader.GetAsync(id, ct));
    }

    private static Task<Ok<ConventionDto>> Edit(Guid id, int number, EditDraftRequest r, EditDraft h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Post(Guid id, int number, PostDraftRequest r, PostDraft h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Vote(Guid id, int number, PutToVoteRequest r, PutToVote h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Adopt(Guid id, int number, AdoptRequest r, AdoptVersion h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Send(Guid id, int number, SendFileRequest r, SendFile h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Complete(Guid id, int number, CompleteFileRequest r, CompleteFile h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Recognise(Guid id, int number, RecogniseConventionRequest r, RecogniseVersion h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Refuse(Guid id, int number, RefuseConventionRequest r, RefuseVersion h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static Task<Ok<ConventionDto>> Abandon(Guid id, int number, AbandonRequest r, AbandonVersion h, ConventionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, number, r, ct), ct);

    private static async Task<Ok<ConventionDto>> Then(Guid id, ConventionReader reader, Func<Task> action, CancellationToken ct)
    {
        await action();
        return TypedResults.Ok(await reader.GetAsync(id, ct));
    }

    private static async Task<Ok<List<ConventionDto>>> PublicList(string unitCode, ConventionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListPublicAsync(Text.Clean(unitCode), ct));

    private static async Task<Ok<ConventionDto>> PublicGet(string unitCode, Guid id, ConventionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.GetPublicAsync(Text.Clean(unitCode), id, ct));
}
