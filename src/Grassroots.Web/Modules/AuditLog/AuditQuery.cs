using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.AuditLog;

public sealed record AuditFilter(string? Unit, string? User, AuditAction? Action, string? Entity, DateOnly? From, DateOnly? To, int Page = 1);

public sealed record AuditRow(long Id, DateTime At, string? UserName, string? UnitCode, string? UnitName, AuditAction Action,
    string EntityType, string? EntityId, string? Before, string? After, string? Reason, string? IpAddress);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total);

/// <summary>
/// The audit log as administrators see it: rows of units in their reach (rows with no unit only for
/// administrators at the root), newest first, filtered.
/// </summary>
public sealed class AuditQuery(AppDbContext db, UnitScope scope)
{
    public const int PageSize = 50;

    public async Task<AuditPage> HandleAsync(AuditFilter filter, CancellationToken ct = default)
    {
        new Validation().Date(filter.From, "from").Date(filter.To, "to").Require(filter.Page is >= 1 and <= 100_000, "page", "Validation.OutOfRange")
            .Text(filter.Unit, "unit", Unit.CodeMaxLength, required: false).Text(filter.User, "user", 256, required: false)
            .Text(filter.Entity, "entity", 100, required: false).ThrowIfInvalid();
        if (!await scope.HasAnywhereAsync(Permission.ViewAudit, ct))
        {
            throw DomainException.Forbidden("Auth.NoAuditAccess");
        }
        var units = await scope.VisibleUnitsAsync(Permission.ViewAudit, ct);
        var isRoot = await units.AnyAsync(u => u.ParentId == null, ct);
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => e.UnitId == null ? isRoot : units.Any(u => u.Id == e.UnitId));
        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var code = Text.Clean(filter.Unit);
            var unit = await scope.RequireAsync(code, Permission.ViewAudit, ct);
            var subtree = db.Units.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id);
            query = query.Where(e => e.UnitId != null && subtree.Contains(e.UnitId.Value));
        }
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var name = Text.Clean(filter.User).ToLowerInvariant();
            query = query.Where(e => e.UserName == name);
        }
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = Text.Clean(filter.Entity);
            query = query.Where(e => e.EntityType == entity);
        }
        if (filter.From is { } from)
        {
            var start = Clock.StartOfVietnamDay(from);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = Clock.StartOfVietnamDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.UserName,
                db.Set<Unit>().Where(u => u.Id == e.UnitId).Select(u => u.Code).FirstOrDefault(),
                db.Set<Unit>().Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstOrDefault(),
                e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Reason, e.IpAddress))
            .ToListAsync(ct);
        return new AuditPage(rows, page, PageSize, total);
    }
}
