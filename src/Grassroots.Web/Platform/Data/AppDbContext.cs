using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// The one database of the platform. Each provider has its own subclass so that each keeps its own
/// migrations (see docs/adr/0002-migrations-per-provider.md); code asks for this base type only.
/// </summary>
public abstract class AppDbContext : IdentityUserContext<AppUser, Guid>
{
    private readonly AuditRecorder? _audit;

    protected AppDbContext(DbContextOptions options, AuditRecorder? audit) : base(options)
    {
        _audit = audit;
    }

    /// <summary>Set only while laying the demo data of a new database: that bulk is not anybody's change.</summary>
    public bool AuditSuppressed { get; set; }

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => !t.IsAbstract);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// A change of an aggregate that writes none of its own columns nor parts (an officer's tally sheet for a matter
    /// whose online votes must not collide with each other): raises its version all the same, so that two such changes
    /// at once, each within a limit that both together exceed, cannot both be saved.
    /// </summary>
    public static void Touch(IVersioned root) => root.Version++;

    /// <summary>
    /// Saves with the versions of the changed aggregates raised and checked (<see cref="IVersioned"/>): a change that
    /// lost a race to someone else's is refused as a conflict (409), and nothing of it is saved.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!AuditSuppressed)
        {
            await Versions.StampAsync(this, cancellationToken);
        }
        try
        {
            return await SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw DomainException.Conflict("Concurrency.Stale");
        }
    }

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (_audit is null || AuditSuppressed)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var pending = _audit.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (pending.All(p => !p.Entry.Metadata.FindPrimaryKey()!.Properties.Any(k => p.Entry.Property(k.Name).IsTemporary)))
        {
            // Every key is known (time-ordered Guids): the audit rows ride in the same save, one atomic statement batch.
            AuditEntries.AddRange(_audit.Complete(pending));
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Database-generated keys are known only after the first save: the change and its audit rows still commit together.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(_audit.Complete(pending));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditRecorder? audit = null)
    : AppDbContext(options, audit);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, AuditRecorder? audit = null)
    : AppDbContext(options, audit);
