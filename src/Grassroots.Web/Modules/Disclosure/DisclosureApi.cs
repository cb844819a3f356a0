using Grassroots.Web.Modules.Disclosure.Contracts;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure;

public sealed record DisclosureDto(Guid Id, string UnitCode, string UnitName, int CategoryId, int CategoryNumber, string Category, string Title, string Body,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo, int LoudspeakerDays, ComplianceState State, string Citation);

public static class DisclosureApi
{
    public static RouteGroupBuilder MapDisclosureApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/disclosures").WithTags("Disclosure");
        g.MapGet("/categories", Categories).Requires(Permission.View, "none").WithSummary("The catalogue of mandatory disclosures (L10 Điều 11) with minimum posting and loudspeaker days.");
        g.MapPost("/categories", AddCategory).Requires(Permission.ManageUnits, "root").WithSummary("Add an item to the catalogue when the law changes (administrators of the nation unit).");
        g.MapPut("/categories/{id:int}", PutCategory).Requires(Permission.ManageUnits, "root").WithSummary("Correct an item of the catalogue.");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit").WithSummary("Disclosures in reach, newest first (?unit, ?from, ?to).");
        g.MapPost("/", Publish).Requires(Permission.Edit, "body:unitCode").WithSummary("Record a disclosure: category, text, forms and posting days; an end before the start is refused.");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "disclosure");
        api.MapGet("/statistics/disclosure", Compliance).WithTags("Statistics").Requires(Permission.View, "query:unit")
            .WithSummary("Compliance of a unit's communes for a period: per mandatory category disclosed, in which forms, posted long enough, missing or too short.");
        api.MapGet("/public/units/{unitCode}/disclosures", Public).WithTags("Public").AllowAnonymous()
            .WithSummary("The disclosures a unit published on its portal (no sign-in).");
        return api;
    }

    private static async Task<Ok<List<DisclosureCategory>>> Categories(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Set<DisclosureCategory>().AsNoTracking().OrderBy(c => c.Audience).ThenBy(c => c.Number).ToListAsync(ct));

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
        var today = clock.VietnamToday();
        return TypedResults.Ok(rows.Select(d => ToDto(d, today)).ToList());
    }

    private static async Task<Created<DisclosureDto>> Publish(PublishDisclosureRequest r, PublishDisclosure h, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var d = await h.HandleAsync(r, ct);
        await db.Entry(d).Reference(x => x.Unit).LoadAsync(ct);
        await db.Entry(d).Reference(x => x.Category).LoadAsync(ct);
        return TypedResults.Created($"/api/v1/disclosures/{d.Id}", ToDto(d, clock.VietnamToday()));
    }

    private static async Task<Ok<DisclosureDto>> Get(Guid id, AppDbContext db, UnitScope scope, TimeProvider clock, CancellationToken ct)
    {
        var d = await db.Set<Disclosure>().AsNoTracking().Include(x => x.Unit).Include(x => x.Category).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Disclosure.NotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return TypedResults.Ok(ToDto(d, clock.VietnamToday()));
    }

    private static async Task<Ok<ComplianceDto>> Compliance(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, DisclosureCompliance compliance, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await compliance.HandleAsync(u, f, t, ct));
    }

    private static async Task<Ok<List<PortalDisclosure>>> Public(string unitCode, PortalDisclosures portal, CancellationToken ct) =>
        TypedResults.Ok(await portal.ListAsync(Text.Clean(unitCode), 50, ct));

    public static DisclosureDto ToDto(Disclosure d, DateOnly today)
    {
        var check = DisclosureRules.Check(d.Category!, d.PostedFrom, d.PostedTo, d.Forms, d.LoudspeakerDays, today);
        return new DisclosureDto(d.Id, d.Unit!.Code, d.Unit.Name, d.CategoryId, d.Category!.Number, d.Category.Name, d.Title, d.Body, d.Forms, d.PostedFrom, d.PostedTo,
            d.LoudspeakerDays, check.State, d.Category.Article);
    }
}
