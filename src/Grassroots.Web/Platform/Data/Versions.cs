using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// An aggregate people change (a letter, a reception session, a disclosure, a matter put to a vote…). Its
/// <see cref="Version"/> goes up by one with every saved change of it or of its parts, and the database checks it: the
/// update says <c>WHERE Version = </c>the version read. Of two people who change the same thing at once, one wins and the
/// other is refused with 409 (<c>Concurrency.Stale</c>), on SQLite and PostgreSQL alike; nothing of the refused change
/// is saved.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>The root of an aggregate people change: it carries the <see cref="IVersioned.Version"/> the database checks.</summary>
public abstract class AggregateRoot : IVersioned
{
    /// <summary>Raised with every saved change; checked by the database (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }
}

/// <summary>
/// A part of a versioned aggregate (a letter's attachment, event or deadline; a session's visit): adding, changing or
/// removing it is a change of its root, whose version goes up in the same save. So a limit counted over the parts (five
/// attachments a letter) is held by the database: two uploads that both counted four cannot both be saved.
/// </summary>
public interface IAggregatePart
{
    /// <summary>The root's entity type and key.</summary>
    (Type Type, object Key) Root { get; }
}

internal static class Versions
{
    /// <summary>
    /// Raises the version of every versioned root changed in this save, directly or through its parts. A part whose
    /// root is not loaded has it loaded first (a job that changes deadlines of letters it did not load).
    /// </summary>
    public static async Task StampAsync(DbContext db, CancellationToken ct)
    {
        List<EntityEntry>? changed = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (entry.Entity is IAggregatePart || (entry.Entity is IVersioned && entry.State == EntityState.Modified)))
            {
                (changed ??= []).Add(entry);
            }
        }
        if (changed is null)
        {
            return;
        }
        var roots = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changed)
        {
            if (entry.Entity is not IAggregatePart part)
            {
                roots.Add(entry.Entity);
                continue;
            }
            var (type, key) = part.Root;
            var root = await db.FindAsync(type, [key], ct); // the tracked one when loaded: no query
            if (root is IVersioned)
            {
                roots.Add(root);
            }
        }
        foreach (var root in roots)
        {
            var entry = db.Entry(root);
            if (entry.State is EntityState.Unchanged or EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                if (!version.IsModified)
                {
                    ((IVersioned)root).Version++;
                    version.IsModified = true;
                }
            }
        }
    }
}
