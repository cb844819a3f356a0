using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Grassroots.Web.Platform.Audit;

/// <summary>
/// Turns tracked changes into audit rows inside <see cref="Data.AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>,
/// and records confidential reads. Audit rows are never updated or deleted (also enforced by database triggers).
/// </summary>
public sealed class AuditRecorder(CurrentUser user, TimeProvider clock)
{
    // Secrets never reach the log, not even hashed.
    private static readonly HashSet<string> Hidden =
    [
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(ApiToken.TokenHash),
        nameof(Data.IVersioned.Version), // a counter for the concurrency check, not anybody's change
    ];

    // Readable Vietnamese in the log: "Tỉnh Lâm Đồng", not "T\u1EC9nh".
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public sealed class Pending(EntityEntry entry, AuditAction action, string? before)
    {
        public EntityEntry Entry { get; } = entry;
        public AuditAction Action { get; } = action;
        public string? Before { get; } = before;
    }

    public List<Pending> Capture(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit log is append-only.");
                }
                continue;
            }
            if (!IsAudited(entry.Entity))
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, AuditAction.Create, null));
                    break;
                case EntityState.Modified:
                    pending.Add(new Pending(entry, AuditAction.Update, Serialize(entry, original: true)));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, AuditAction.Delete, Serialize(entry, original: true)));
                    break;
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }
        return pending;
    }

    public IEnumerable<AuditEntry> Complete(List<Pending> pending)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in pending)
        {
            yield return new AuditEntry
            {
                At = now,
                UserId = user.Id,
                UserName = user.UserName,
                IpAddress = user.IpAddress,
                Action = p.Action,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = KeyOf(p.Entry),
                UnitId = UnitOf(p.Entry.Entity),
                Before = p.Before,
                After = p.Action == AuditAction.Delete ? null : Serialize(p.Entry, original: false),
            };
        }
    }

    /// <summary>
    /// The audit row of a new entity written outside change tracking (see <see cref="Data.RowWriter"/>): its stored
    /// scalar properties, read without waking a DbContext (the portal's busiest path should not pay for one).
    /// </summary>
    public AuditEntry Created(object entity)
    {
        var properties = Scalars.GetOrAdd(entity.GetType(), t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && IsScalar(p.PropertyType) && !Hidden.Contains(p.Name) && !p.IsDefined(typeof(ConfidentialAttribute), inherit: true))
            .ToArray());
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            values[p.Name] = p.GetValue(entity);
        }
        return new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.UserName,
            IpAddress = user.IpAddress,
            Action = AuditAction.Create,
            EntityType = entity.GetType().Name,
            EntityId = Convert.ToString(values.GetValueOrDefault("Id"), System.Globalization.CultureInfo.InvariantCulture),
            UnitId = UnitOf(entity),
            After = JsonSerializer.Serialize(values, Json),
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> Scalars = new();

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal)
            || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly);
    }

    /// <summary>Writes a confidential read to the log; the caller saves it with its own unit of work.</summary>
    public AuditEntry ConfidentialRead(int? unitId, string entityType, string entityId, string reason) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = user.Id,
        UserName = user.UserName,
        IpAddress = user.IpAddress,
        Action = AuditAction.ConfidentialRead,
        EntityType = entityType,
        EntityId = entityId,
        UnitId = unitId,
        Reason = reason,
    };

    public AuditEntry SignIn(Guid? userId, string userName, bool succeeded) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = userId,
        UserName = userName.Length > 256 ? userName[..256] : userName,
        IpAddress = user.IpAddress,
        Action = succeeded ? AuditAction.SignIn : AuditAction.SignInFailed,
        EntityType = nameof(AppUser),
        EntityId = userId?.ToString(),
    };

    private static bool IsAudited(object entity) => entity is IAudited;

    private static int? UnitOf(object entity) => (entity as IAudited)?.AuditUnitId;

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            // A file's bytes are logged by its name, size and hash, never whole.
            if (Hidden.Contains(property.Metadata.Name) || property.Metadata.ClrType == typeof(byte[])
                || property.Metadata.PropertyInfo?.IsDefined(typeof(ConfidentialAttribute), inherit: true) == true)
            {
                continue;
            }
            if (entry.State == EntityState.Modified && !property.IsModified && !property.Metadata.IsPrimaryKey())
            {
                continue;
            }
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
