using Grassroots.Web.Modules.Disclosure.Contracts;
using Grassroots.Web.Platform.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grassroots.Web.Modules.Disclosure;

public sealed record DisclosureDto(Guid Id, string UnitCode, string UnitName, int CategoryId, int CategoryNumber, string Category, string Title, string Body,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo, int LoudspeakerDays, ComplianceState State, string Citation)
{
    public DisclosureAudience Audience { get; init; }
    public IReadOnlyList<DisclosureAttachmentDto> Attachments { get; init; } = [];
}

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

    private static async Task<Ok<List<DisclosureCategory>>> Categories(DisclosureAudience? audience, AppDbContext db, CancellationToken ct)
    {
        var query = db.Set<DisclosureCategory>().AsNoTracking();
        if (audience is { } a)
        {
            query = query.Where(c => c.Audience == a);
        }
        var rows = await query.ToListAsync(ct);
        return TypedResults.Ok(rows.OrderBy(c => c.Audience).ThenBy(c => c.Number).ToList());
    }

    private static async Task<Created<DisclosureCategory>> AddCategory(EditCategoryRequest r, EditCategory h, CancellationToken ct)
    {
        var c = await h.HandleAsync(null, r, ct);
        return TypedResults.Created($"/api/v1/disclosures/categories/{c.Id}", c);
    }

    private static async Task<Ok<DisclosureCategory>> PutCategory(int id, EditCategoryRequest r, EditCategory h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));

    private static async Task<Ok<List<DisclosureDto>>> List(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = await scope.FilterAsync(db.Set<Disclosure>().AsNoTracking(), d => d.Unit!.Path, Permission.View, ct);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var u = await scope.RequireAsync(Text.Clean(unit), Permission.View, ct);
            query = query.Where(d => d.Unit!.Path.StartsWith(u.Path));
        }
        if (from is { } f)
        {
            query = query.Where(d => d.PostedFrom >= f);
        }
        if (to is { } t)
        {
            query = query.Where(d => d.PostedFrom <= t);
        }
        var rows = await query.Include(d => d.Unit).Include(d => d.Category).OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).Take(200).ToListAsync(ct);
        return TypedResults.Ok(await ToDtosAsync(db, rows, clock.VietnamToday(), ct));
    }

    private static async Task<Created<DisclosureDto>> Publish(PublishDisclosureRequest r, PublishDisclosure h, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var d = await h.HandleAsync(r, ct);
        await db.Entry(d).Reference(x => x.Unit).LoadAsync(ct);
        await db.Entry(d).Reference(x => x.Category).LoadAsync(ct);
        return TypedResults.Created($"/api/v1/disclosures/{d.Id}", ToDto(d, clock.VietnamToday()));
    }

    private static async Task<Ok<DisclosureDto>> Get(Guid id, AppDbContext db, UnitScope scope, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(id, db, scope, clock, ct));

    /// <summary>One disclosure with its files, for whoever may see its unit.</summary>
    public static async Task<DisclosureDto> ReadAsync(Guid id, AppDbContext db, UnitScope scope, TimeProvider clock, CancellationToken ct)
    {
        var d = await db.Set<Disclosure>().AsNoTracking().Include(x => x.Unit).Include(x => x.Category).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Disclosure.NotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return (await ToDtosAsync(db, [d], clock.VietnamToday(), ct))[0];
    }

    private static async Task<Ok<List<DisclosureAttachmentDto>>> ListAttachments(Guid id, AttachDisclosureFile files, CancellationToken ct) =>
        TypedResults.Ok(await files.ListAsync(id, ct));

    private static async Task<Created<List<DisclosureAttachmentDto>>> Attach(Guid id, IFormFileCollection file, AttachDisclosureFile files, CancellationToken ct)
    {
        var added = await files.AddAsync(id, file, ct);
        return TypedResults.Created($"/api/v1/disclosures/{id}/attachments", added);
    }

    private static async Task<FileContentHttpResult> Download(Guid id, Guid attachmentId, AttachDisclosureFile files, HttpContext http, CancellationToken ct)
    {
        var f = await files.ReadAsync(id, attachmentId, ct);
        return FileDownloads.Attachment(http, f.Content, f.ContentType, f.FileName);
    }

    private static async Task<NoContent> RemoveAttachment(Guid id, Guid attachmentId, AttachDisclosureFile files, CancellationToken ct)
    {
        await files.RemoveAsync(id, attachmentId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ComplianceDto>> Compliance(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, DisclosureCompliance compliance, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await compliance.HandleAsync(u, f, t, ct));
    }

    private static async Task<Ok<List<PortalDisclosure>>> Public(string unitCode, PortalDisclosures portal, CancellationToken ct) =>
        TypedResults.Ok(await portal.ListAsync(Text.Clean(unitCode), 50, ct));

    private static async Task<Ok<PortalDisclosureDetail>> PublicOne(string unitCode, Guid id, PortalDisclosures portal, CancellationToken ct) =>
        TypedResults.Ok(await portal.GetAsync(Text.Clean(unitCode), id, ct));

    private static async Task<FileContentHttpResult> PublicDownload(string unitCode, Guid id, Guid attachmentId, PortalDisclosures portal, HttpContext http,
        CancellationToken ct)
    {
        var f = await portal.ReadAttachmentAsync(Text.Clean(unitCode), id, attachmentId, ct);
        return FileDownloads.Attachment(http, f.Content, f.ContentType, f.FileName);
    }

    public static DisclosureDto ToDto(Disclosure d, DateOnly today, IReadOnlyList<DisclosureAttachmentDto>? attachments = null)
    {
        var check = DisclosureRules.Check(d.Category!, d.PostedFrom, d.PostedTo, d.Forms, d.LoudspeakerDays, today);
        return new DisclosureDto(d.Id, d.Unit!.Code, d.Unit.Name, d.CategoryId, d.Category!.Number, d.Category.Name, d.Title, d.Body, d.Forms, d.PostedFrom, d.PostedTo,
            d.LoudspeakerDays, check.State, d.Category.Article)
        {
            Audience = d.Category.Audience,
            Attachments = attachments ?? d.Attachments.Select(a => new DisclosureAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy)).ToList(),
        };
    }

    /// <summary>Disclosures with their unit and category loaded, and their files listed in one query.</summary>
    public static async Task<List<DisclosureDto>> ToDtosAsync(AppDbContext db, IReadOnlyList<Disclosure> rows, DateOnly today, CancellationToken ct)
    {
        var files = await AttachDisclosureFile.ListOfAsync(db, rows.Select(d => d.Id).ToList(), ct);
        return rows.Select(d => ToDto(d, today, files.GetValueOrDefault(d.Id) ?? [])).ToList();
    }
}
