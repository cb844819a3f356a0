namespace Grassroots.Web.Kernel.Units;

/// <summary>Finds a unit by its code for pages anyone may read (the portal): no scope applies to what is public.</summary>
public sealed class UnitDirectory(AppDbContext db)
{
    /// <summary>The unit with this code: 404 when there is none.</summary>
    public async Task<Unit> FindAsync(string code, CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct) ?? throw DomainException.NotFound("Unit.NotFound", code);
}
