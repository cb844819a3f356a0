using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.AuditLog;

public sealed record AuditFilter(string? Unit, string? User, AuditAction? Action, string? Entity, DateOnly? From, DateOnly? To, int Page = 1);

/// <summary>One row of the log; <c>UserFullName</c> is the actor's name, <c>EntitySubject</c> the name of the account a row
/// about an account concerns (a sign-in, a change of roles).</summary>
public sealed record AuditRow(long Id, DateTime At, string? UserName, string? UnitCode, string? UnitName, AuditAction Action,
    string EntityType, string? EntityId, string? Before, string? After, string? Reason, string? IpAddress,
    string? UserFullName = null, string? EntitySubject = null);

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
                e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Reason, e.IpAddress,
                db.Users.Where(u => u.Id == e.UserId).Select(u => u.FullName).FirstOrDefault()))
            .ToListAsync(ct);
        // A row about an account names the account's holder, not "AppUser 01a2…".
        var accounts = rows.Where(r => r.EntityType == nameof(AppUser)).Select(r => Guid.TryParse(r.EntityId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var names = accounts.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => accounts.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id.ToString(), u => $"{u.FullName} ({u.UserName})", ct);
        rows = rows.Select(r => r.EntityId is { } id && r.EntityType == nameof(AppUser) && names.TryGetValue(id, out var name) ? r with { EntitySubject = name } : r).ToList();
        return new AuditPage(rows, page, PageSize, total);
    }
}
