using Grassroots.Web.Modules.Petitions.Export;
using Grassroots.Web.Modules.Petitions.Handle;
using Grassroots.Web.Modules.Petitions.Queue;
using Grassroots.Web.Modules.Petitions.Register;
using Grassroots.Web.Modules.Petitions.Statistics;

namespace Grassroots.Web.Modules.Petitions;

public sealed record RegisteredDto(PetitionDto Petition, IReadOnlyList<DuplicateSuggestion> Duplicates);

public static class PetitionsApi
{
    public static RouteGroupBuilder MapPetitionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/petitions").WithTags("Petitions");
        g.MapGet("/register.xlsx", RegisterBook).Requires(Permission.View, "query:unit")
            .WithSummary("The petitions register of a unit's subtree for a period, as an Excel workbook; denouncers are never named in it.");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit")
            .WithSummary("The caller's queue: letters of the units in reach, soonest deadline first (?due=Soon|Overdue, ?status, ?kind, ?unit, ?page).");
        g.MapPost("/", Register).Requires(Permission.Edit, "body:unitCode").WithSummary("Register a letter from any channel; answers likely duplicates.");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "petition").WithSummary("One letter with its deadlines (each explained) and history.");
        g.MapPost("/{id:guid}/classify", Classify).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/accept", Accept).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/transfer", Transfer).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/guide", Guide).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/file", File).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/extend", Extend).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/verify", Verify).Requires(Permission.Edit, "petition").WithSummary("Record a verification step of a letter being settled.");
        g.MapPost("/{id:guid}/suspend", Suspend).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/resume", Resume).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/resolve", Resolve).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/answer", Answer).Requires(Permission.Edit, "petition");
        g.MapPost("/{id:guid}/case", MoveToCase).Requires(Permission.Edit, "petition")
            .WithSummary("Link the letter to another letter's case ({caseId}) or give it a case of its own ({caseId: null}).");
        g.MapGet("/{id:guid}/duplicates", Duplicates).Requires(Permission.View, "petition").WithSummary("Likely duplicates of a letter.");
        api.MapGet("/statistics/petitions", Statistics).WithTags("Statistics").Requires(Permission.View, "query:unit").ReadsFromReplica()
            .WithSummary("Letters / cases of a unit's subtree for a period: received by kind, eligible, in competence, resolved on time and late, in progress, the resolution rate.");
        g.MapGet("/{id:guid}/attachments", ListAttachments).Requires(Permission.View, "petition");
        g.MapPost("/{id:guid}/attachments", Attach).Requires(Permission.Edit, "petition").DisableAntiforgery()
            .WithSummary("Add a file (multipart field 'file'): PDF, JPEG, PNG or DOCX, at most 10 MB, 5 a letter.");
        g.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download).Requires(Permission.View, "petition")
            .WithSummary("A file; a denunciation's files need the right to see the identity and a ?reason, which is audited.");
        g.MapPost("/{id:guid}/reveal-identity", Reveal).Requires(Permission.RevealConfidential, "petition")
            .WithSummary("The denouncer's identity, for the roles the law allows on the competent unit; the reason is audited.");
        return api;
    }

    private static async Task<Ok<QueuePage>> List(PetitionQueue queue, string? unit, PetitionStatus? status, PetitionKind? kind, DueFilter? due,
        bool? open, int? page, CancellationToken ct) =>
        TypedResults.Ok(await queue.HandleAsync(new QueueFilter(unit, status, kind, due ?? DueFilter.All, open ?? false, page ?? 1), ct));

    private static async Task<Created<RegisteredDto>> Register(RegisterPetitionRequest request, RegisterPetition handler, PetitionReader reader, CancellationToken ct)
    {
        var registered = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/petitions/{registered.Petition.Id}",
            new RegisteredDto(await reader.ReadAsync(registered.Petition.Id, ct), registered.Duplicates));
    }

    private static async Task<Ok<PetitionDto>> Get(Guid id, PetitionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ReadAsync(id, ct));

    private static async Task<Ok<PetitionDto>> Classify(Guid id, ClassifyPetitionRequest r, ClassifyPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Accept(Guid id, AcceptPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Transfer(Guid id, TransferPetitionRequest r, TransferPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct, checkAccess: false)); // it may have left the caller's reach

    private static async Task<Ok<PetitionDto>> Guide(Guid id, NoteRequest r, GuideOrFilePetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, PetitionStatus.Guided, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> File(Guid id, NoteRequest r, GuideOrFilePetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, PetitionStatus.Filed, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Extend(Guid id, ExtendRequest r, ExtendPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Verify(Guid id, VerifyRequest r, VerifyPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Suspend(Guid id, SuspendRequest r, SuspendPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Resume(Guid id, ResumePetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Resolve(Guid id, ResolveRequest r, ResolvePetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> Answer(Guid id, AnswerRequest r, AnswerPetition h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<PetitionDto>> MoveToCase(Guid id, MoveToCaseRequest r, MovePetitionToCase h, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync((await h.HandleAsync(id, r, ct)).Id, ct));

    private static async Task<Ok<List<DuplicateSuggestion>>> Duplicates(Guid id, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.DuplicatesAsync(id, ct));

    private static async Task<FileContentHttpResult> RegisterBook(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, ExportPetitionRegister export,
        HttpContext http, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var register = await export.HandleAsync(u, f, t, ct);
        return FileDownloads.Attachment(http, register);
    }

    private static async Task<Ok<PetitionStatisticsDto>> Statistics(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, PetitionStatistics statistics,
        CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await statistics.HandleAsync(u, f, t, ct));
    }

    private static async Task<Ok<List<AttachmentDto>>> ListAttachments(Guid id, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.AttachmentsAsync(id, ct));

    private static async Task<Created<AttachmentDto>> Attach(Guid id, IFormFile? file, AttachFile files, CancellationToken ct)
    {
        var a = await files.FromOfficerAsync(id, file, ct);
        return TypedResults.Created($"/api/v1/petitions/{id}/attachments/{a.Id}", a);
    }

    private static async Task<FileContentHttpResult> Download(Guid id, Guid attachmentId, string? reason, DownloadAttachment h, HttpContext http, CancellationToken ct)
    {
        var f = await h.HandleAsync(id, attachmentId, reason, ct);
        return FileDownloads.Attachment(http, f.Content, f.ContentType, f.FileName);
    }

    private static async Task<Ok<DenouncerIdentity>> Reveal(Guid id, RevealRequest r, RevealIdentity h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));
}
