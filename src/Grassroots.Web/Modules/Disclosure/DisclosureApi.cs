namespace Grassroots.Web.Modules.Disclosure;

public static class DisclosureApi
{
    public static RouteGroupBuilder MapDisclosureApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/disclosures").WithTags("Disclosure");
        g.MapGet("/categories", Categories).Requires(Permission.View, "none")
            .WithSummary("The catalogues of what must be disclosed, per audience (Commune: L10 Điều 11; Agency: state agencies and public service units; " +
                "Enterprise: labour law), with minimum posting and loudspeaker days and the administrators' notes (?audience).");
        g.MapPost("/categories", AddCategory).Requires(Permission.ManageUnits, "root").WithSummary("Add an item to the catalogue when the law changes (administrators of the nation unit).");
        g.MapPut("/categories/{id:int}", PutCategory).Requires(Permission.ManageUnits, "root").WithSummary("Correct an item of the catalogue.");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit").WithSummary("Disclosures in reach, newest first (?unit, ?from, ?to).");
        g.MapPost("/", Publish).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Record a disclosure: a category of the catalogue of the unit's kind, text, forms and posting days; an end before the start is refused.");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "disclosure");
        g.MapGet("/{id:guid}/attachments", ListAttachments).Requires(Permission.View, "disclosure");
        g.MapPost("/{id:guid}/attachments", Attach).Requires(Permission.Edit, "disclosure").DisableAntiforgery()
            .WithSummary("Add files (multipart field 'file', one or several): PDF, Word (.docx), Excel (.xlsx), JPEG or PNG, at most 20 MB each and 10 a disclosure.");
        g.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download).Requires(Permission.View, "disclosure");
        g.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", RemoveAttachment).Requires(Permission.Edit, "disclosure")
            .WithSummary("Take a file published by mistake off a disclosure (the audit log keeps its name, size and hash).");
        api.MapGet("/statistics/disclosure", Compliance).WithTags("Statistics").Requires(Permission.View, "query:unit")
            .WithSummary("Compliance of the communes, agencies, public service units and enterprises of a unit's subtree for a period, each against " +
                "the catalogue of its kind: per mandatory category disclosed, in which forms, posted long enough, missing or too short.");
        api.MapGet("/public/units/{unitCode}/disclosures", Public).WithTags("Public").AllowAnonymous()
            .WithSummary("The disclosures a unit published on its portal (no sign-in).");
        api.MapGet("/public/units/{unitCode}/disclosures/{id:guid}", PublicOne).WithTags("Public").AllowAnonymous()
            .WithSummary("One disclosure published on the portal, with its files (no sign-in).");
        api.MapGet("/public/units/{unitCode}/disclosures/{id:guid}/attachments/{attachmentId:guid}", PublicDownload).WithTags("Public").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Portal)
            .WithSummary("A file of a disclosure published on the portal (no sign-in; limited per address like the portal's other public calls).");
        return api;
    }

    private static async Task<Ok<List<DisclosureCategory>>> Categories(DisclosureAudience? audience, DisclosureReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.CategoriesAsync(audience, ct));

    private static async Task<Created<DisclosureCategory>> AddCategory(EditCategoryRequest r, EditCategory h, CancellationToken ct)
    {
        var c = await h.HandleAsync(null, r, ct);
        return TypedResults.Created($"/api/v1/disclosures/categories/{c.Id}", c);
    }

    private static async Task<Ok<DisclosureCategory>> PutCategory(int id, EditCategoryRequest r, EditCategory h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));

    private static async Task<Ok<List<DisclosureDto>>> List(string? unit, DateOnly? from, DateOnly? to, DisclosureReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(new DisclosureFilter(unit, from, to), ct));

    private static async Task<Created<DisclosureDto>> Publish(PublishDisclosureRequest r, PublishDisclosure h, DisclosureReader reader, CancellationToken ct)
    {
        var d = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/disclosures/{d.Id}", await reader.GetAsync(d.Id, ct));
    }

    private static async Task<Ok<DisclosureDto>> Get(Guid id, DisclosureReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(id, ct));

    private static async Task<Ok<List<DisclosureAttachmentDto>>> ListAttachments(Guid id, DisclosureReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.AttachmentsAsync(id, ct));

    private static async Task<Created<List<DisclosureAttachmentDto>>> Attach(Guid id, IFormFileCollection file, AttachDisclosureFiles h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/disclosures/{id}/attachments", await h.HandleAsync(id, file, ct));

    private static async Task<FileContentHttpResult> Download(Guid id, Guid attachmentId, DisclosureReader reader, HttpContext http, CancellationToken ct)
    {
        var f = await reader.FileAsync(id, attachmentId, ct);
        return FileDownloads.Attachment(http, f);
    }

    private static async Task<NoContent> RemoveAttachment(Guid id, Guid attachmentId, RemoveDisclosureFile h, CancellationToken ct)
    {
        await h.HandleAsync(id, attachmentId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ComplianceDto>> Compliance(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, JudgeCompliance compliance, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await compliance.HandleAsync(u, f, t, ct));
    }

    private static async Task<Ok<List<PortalDisclosure>>> Public(string unitCode, DisclosureReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.PublishedAsync(Text.Clean(unitCode), 50, ct));

    private static async Task<Ok<PortalDisclosureDetail>> PublicOne(string unitCode, Guid id, DisclosureReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.PublishedOneAsync(Text.Clean(unitCode), id, ct));

    private static async Task<FileContentHttpResult> PublicDownload(string unitCode, Guid id, Guid attachmentId, DisclosureReader reader, HttpContext http,
        CancellationToken ct)
    {
        var f = await reader.PublishedFileAsync(Text.Clean(unitCode), id, attachmentId, ct);
        return FileDownloads.Attachment(http, f);
    }
}
