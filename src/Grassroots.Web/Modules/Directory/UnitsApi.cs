using Grassroots.Web.Modules.Directory.Create;
using Grassroots.Web.Modules.Directory.Merge;
using Grassroots.Web.Modules.Directory.Rename;
using Grassroots.Web.Modules.Directory.Split;

namespace Grassroots.Web.Modules.Directory;

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

    private static async Task<Ok<List<UnitDto>>> ListUnits(DateOnly? date, bool? all, UnitKind? kind, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(date, all == true, kind, ct));

    private static async Task<Ok<UnitDto>> GetUnit(string code, UnitReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(code, ct));

    private static async Task<Ok<List<UnitDto>>> GetChildren(string code, DateOnly? date, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ChildrenAsync(code, date, ct));

    private static async Task<Ok<List<LineageEventDto>>> GetLineage(string code, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.LineageAsync(code, ct));

    private static async Task<Ok<UnitDto>> GetSuccessor(string code, DateOnly? date, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SuccessorAsync(code, date, ct));

    private static async Task<Created<UnitDto>> PostUnit(CreateUnitRequest request, CreateUnit handler, UnitReader reader, CancellationToken ct)
    {
        var unit = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/units/{unit.Code}", await reader.GetAsync(unit.Code, ct));
    }

    private static async Task<Ok<LineageEventDto>> PostRename(string code, RenameUnitRequest request, RenameUnit handler, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.EventAsync(code, (await handler.HandleAsync(code, request, ct)).Id, ct));

    private static async Task<Ok<LineageEventDto>> PostMerge(MergeUnitsRequest request, MergeUnits handler, UnitReader reader, CancellationToken ct)
    {
        var merged = await handler.HandleAsync(request, ct); // validates first: the sources may be missing
        return TypedResults.Ok(await reader.EventAsync(Text.Clean(request.SourceCodes![0]), merged.Id, ct));
    }

    private static async Task<Ok<LineageEventDto>> PostSplit(string code, SplitUnitRequest request, SplitUnit handler, UnitReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.EventAsync(code, (await handler.HandleAsync(code, request, ct)).Id, ct));
}
