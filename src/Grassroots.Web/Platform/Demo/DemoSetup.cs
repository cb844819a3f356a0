namespace Grassroots.Web.Platform.Demo;

public sealed class DemoOptions
{
    /// <summary>Fill a new, empty database with the demo district data and demo accounts.</summary>
    public bool Enabled { get; set; }
}

/// <summary>The demo's shared facts: the passwords of its accounts (README, "Demo accounts").</summary>
public static class DemoAccounts
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Admin@12345";
    public const string DemoPassword = "Demo@12345";

    /// <summary>
    /// The authenticator key of the demo's administrators and heads, who sign in with a second factor: enter it in an
    /// authenticator app, or read the current code on the demo's sign-in page.
    /// </summary>
    public const string TwoFactorKey = "GRASSROOTSDEMO2FAKEYGRASSROOTS23";

    /// <summary>The six-digit code the demo key gives now (RFC 6238: 30-second steps, SHA-1).</summary>
    public static string CurrentCode() => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(TwoFactorKey)).ComputeTotp();

    /// <summary>A household representative's own account, in a village of Rô Men voting online today.</summary>
    public const string RepresentativeUserName = "daidien.romen";
}

/// <summary>Facts of the demo's story every module's demo data agrees on.</summary>
public static class DemoFacts
{
    /// <summary>The 2025 reform: the districts end and the old communes merge into new ones (README, "Demo data").</summary>
    public static readonly DateOnly ReformDate = new(2025, 7, 1);
}

public static class DemoSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // On by default for the embedded SQLite run, off for PostgreSQL and in Production unless asked for.
        var configured = configuration.GetValue<bool?>("Demo:Enabled");
        var enabled = configured ?? (DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.Sqlite && !environment.IsProduction());
        services.Configure<DemoOptions>(o => o.Enabled = enabled);
        services.AddScoped<DemoRunner>();
        return services;
    }
}

/// <summary>
/// Lays every module's demo data (<see cref="IDemoData"/>, in order) into a new database, in one transaction: a start
/// that fails half-way leaves the database empty and the next start lays it again. The bulk is nobody's change: it is
/// not audited row by row, and one audit entry records that demo data was laid.
/// </summary>
public sealed class DemoRunner(AppDbContext db, IEnumerable<IDemoData> steps, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        db.AuditSuppressed = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            await step.SeedAsync(ct);
            db.ChangeTracker.Clear();
        }
        db.AuditSuppressed = false;
        db.AuditEntries.Add(new Audit.AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = Audit.AuditAction.Create,
            EntityType = "DemoData",
            Reason = "Dữ liệu mẫu được tạo cho cơ sở dữ liệu mới.",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
