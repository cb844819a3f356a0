namespace Grassroots.Web.Kernel.Units;

/// <summary>The kernel's tables, read as <c>db.Units</c> wherever the platform's one context is at hand.</summary>
public static class UnitsData
{
    extension(AppDbContext db)
    {
        public DbSet<Unit> Units => db.Set<Unit>();

        public DbSet<LineageEvent> LineageEvents => db.Set<LineageEvent>();

        public DbSet<LineageLink> LineageLinks => db.Set<LineageLink>();

        public DbSet<RoleGrant> RoleGrants => db.Set<RoleGrant>();

        /// <summary>Every account beside its home unit (the platform's account knows its unit by key only).</summary>
        public IQueryable<UnitAccount> UnitAccounts =>
            db.Users.Join(db.Set<Unit>(), u => u.HomeUnitId, h => h.Id, (u, h) => new UnitAccount { User = u, Home = h });
    }
}

/// <summary>An account and the unit it works at.</summary>
public sealed class UnitAccount
{
    public required AppUser User { get; init; }

    public required Unit Home { get; init; }
}
