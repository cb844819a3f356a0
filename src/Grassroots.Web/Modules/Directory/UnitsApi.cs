using Grassroots.Web.Modules.Directory.Create;
using Grassroots.Web.Modules.Directory.Merge;
using Grassroots.Web.Modules.Directory.Rename;
using Grassroots.Web.Modules.Directory.Split;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grassroots.Web.Modules.Directory;

public sealed record UnitDto(string Code, string Name, UnitKind Kind, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, bool IsRemoteArea);

public sealed record LineageLinkDto(LineageLinkKind Kind, string FromCode, string ToCode, bool IsPrimary, string? OldName, string? NewName);

public sealed record LineageEventDto(int Id, LineageEventKind Kind, DateOnly EffectiveDate, string? Reference, string? Note, IReadOnlyList<LineageLinkDto> Links);

public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units");
        units.MapGet("/", ListUnits).Requires(Permission.View, "scope")
            .WithSummary("Units the caller may see (by default those in being today; ?date=YYYY-MM-DD for another day, ?all=true for every unit ever).");
        units.MapGet("/{code}", GetUnit).Requires(Permission.View, "route").WithSummary("One unit: 404 when unknown, 403 when outside the caller's reach.");
        units.MapGet("/{code}/children", GetChildren).Requires(Permission.View, "route").WithSummary("The units directly under a unit on a date.");
        units.MapGet("/{code}/lineage", GetLineage).Requires(Permission.View, "route").WithSummary("Every merge, split and rename that touched the unit.");
        units.MapGet("/{code}/successor", GetSuccessor).Requires(Permission.View, "route")
            .WithSummary("The unit that holds this unit's records on a date (itself when nothing happened).");
        units.MapPost("/", PostUnit).Requires(Permission.ManageUnits, "body:parentCode").WithSummary("Create a unit under one the caller manages.");
        units.MapPost("/{code}/rename", PostRename).Requires(Permission.ManageUnits, "route").WithSummary("Rename a unit from a date.");
        units.MapPost("/merge", PostMerge).Requires(Permission.ManageUnits, "body:sourceCodes").WithSummary("Merge units into an existing or a new unit.");
        units.MapPost("/{code}/split", PostSplit).Requires(Permission.ManageUnits, "route").WithSummary("Split a unit into new units.");
        return api;
    }

    internal static UnitDto ToDto(Unit u, string? parentCode) => new(u.Code, u.Name, u.Kind, parentCode, u.ValidFrom, u.ValidTo, u.IsRemoteArea);

    private static async Task<Ok<List<UnitDto>>> ListUnits(UnitScope scope, TimeProvider clock, DateOnly? date, bool? all, UnitKind? kind, CancellationToken ct)
    {
        var query = await scope.VisibleUnitsAsync(Permission.View, ct);
        if (all != true)
        {
            var day = date ?? Today(clock);
            query = query.Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo > day));
        }
        if (kind is { } k)
        {
            query = query.Where(u => u.Kind == k);
        }
        var list = await query.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new UnitDto(u.Code, u.Name, u.Kind, u.Parent == null ? null : u.Parent.Code, u.ValidFrom, u.ValidTo, u.IsRemoteArea))
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Ok<UnitDto>> GetUnit(string code, UnitScope scope, AppDbContext db, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(code, Permission.View, ct);
        return TypedResults.Ok(ToDto(unit, await ParentCodeAsync(db, unit, ct)));
    }

    private static async Task<Ok<List<UnitDto>>> GetChildren(string code, DateOnly? date, UnitScope scope, UnitLineage lineage,
        TimeProvider clock, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(code, Permission.View, ct);
        var tree = await lineage.TreeOnAsync(await scope.VisibleUnitsAsync(Permission.View, ct), date ?? Today(clock), ct);
        return TypedResults.Ok(tree.Where(n => n.ParentId == unit.Id).OrderBy(n => n.Name, Text.VietnameseOrder)
            .Select(n => new UnitDto(n.Code, n.Name, n.Kind, unit.Code, n.ValidFrom, n.ValidTo, n.IsRemoteArea)).ToList());
    }

    private static async Task<Ok<List<LineageEventDto>>> GetLineage(string code, UnitScope scope, UnitLineage lineage, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(code, Permission.View, ct);
        var events = await lineage.HistoryAsync(unit, ct);
        return TypedResults.Ok(events.Select(ToDto).ToList());
    }

    internal static LineageEventDto ToDto(LineageEvent e) => new(e.Id, e.Kind, e.EffectiveDate, e.Reference, e.Note,
        e.Links.Select(l => new LineageLinkDto(l.Kind, l.FromUnit!.Code, l.ToUnit!.Code, l.IsPrimary, l.OldName, l.NewName)).ToList());

    private static async Task<Ok<UnitDto>> GetSuccessor(string code, DateOnly? date, UnitScope scope, UnitLineage lineage,
        AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(code, Permission.View, ct);
        var successor = await lineage.SuccessorOnAsync(unit, date ?? Today(clock), ct);
        return TypedResults.Ok(ToDto(successor, await ParentCodeAsync(db, successor, ct)));
    }

    private static async Task<Created<UnitDto>> PostUnit(CreateUnitRequest request, CreateUnit handler, CancellationToken ct)
    {
        var unit = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/units/{unit.Code}", ToDto(unit, Text.Clean(request.ParentCode)));
    }

    private static async Task<Ok<LineageEventDto>> PostRename(string code, RenameUnitRequest request, RenameUnit handler, UnitLineage lineage,
        UnitScope scope, CancellationToken ct)
    {
        var e = await handler.HandleAsync(code, request, ct);
        return TypedResults.Ok(await EventDtoAsync(e.Id, code, scope, lineage, ct));
    }

    private static async Task<Ok<LineageEventDto>> PostMerge(MergeUnitsRequest request, MergeUnits handler, UnitLineage lineage,
        UnitScope scope, CancellationToken ct)
    {
        var e = await handler.HandleAsync(request, ct);
        return TypedResults.Ok(await EventDtoAsync(e.Id, request.SourceCodes![0], scope, lineage, ct));
    }

    private static async Task<Ok<LineageEventDto>> PostSplit(string code, SplitUnitRequest request, SplitUnit handler, UnitLineage lineage,
        UnitScope scope, CancellationToken ct)
    {
        var e = await handler.HandleAsync(code, request, ct);
        return TypedResults.Ok(await EventDtoAsync(e.Id, code, scope, lineage, ct));
    }

    private static async Task<LineageEventDto> EventDtoAsync(int eventId, string unitCode, UnitScope scope, UnitLineage lineage, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        return ToDto((await lineage.HistoryAsync(unit, ct)).Single(e => e.Id == eventId));
    }

    private static async Task<string?> ParentCodeAsync(AppDbContext db, Unit unit, CancellationToken ct) =>
        unit.ParentId is null ? null : await db.Units.Where(u => u.Id == unit.ParentId).Select(u => u.Code).FirstAsync(ct);

    internal static DateOnly Today(TimeProvider clock) => clock.VietnamToday();
}
