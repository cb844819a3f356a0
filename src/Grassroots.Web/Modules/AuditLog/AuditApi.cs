using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.AuditLog;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Audit").Requires(Permission.ViewAudit, "scope+query:unit")
            .WithSummary("The append-only audit log of the units the caller administers, newest first, 50 a page.");
        return api;
    }

    private static async Task<Ok<AuditPage>> List(AuditQuery query, string? unit, string? user, AuditAction? action, string? entity,
        DateOnly? from, DateOnly? to, int? page, CancellationToken ct) =>
        TypedResults.Ok(await query.HandleAsync(new AuditFilter(unit, user, action, entity, from, to, page ?? 1), ct));
}
