using System.Security.Cryptography;
using System.Text;
using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Petitions.Open311;

/// <summary>
/// An application allowed to post service requests through Open311 GeoReport v2 (a city app, the provincial portal):
/// its key is shown once and kept only as a SHA-256 hash.
/// </summary>
public sealed class Open311Client : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => null;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    [Confidential]
    public required string KeyHash { get; set; }

    /// <summary>The key's first characters, to tell keys apart in the list.</summary>
    public required string KeyPrefix { get; set; }

    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

internal sealed class Open311ClientConfiguration : IEntityTypeConfiguration<Open311Client>
{
    public void Configure(EntityTypeBuilder<Open311Client> b)
    {
        b.ToTable("Open311Clients");
        b.Property(c => c.Name).HasMaxLength(FieldLength.Title);
        b.Property(c => c.KeyHash).HasMaxLength(64);
        b.Property(c => c.KeyPrefix).HasMaxLength(12);
        b.HasIndex(c => c.KeyHash).IsUnique();
    }
}

public sealed record RegisterOpen311ClientRequest(string? Name);

public sealed record Open311ClientCreated(Guid Id, string Name, string ApiKey);

public sealed record Open311ClientView(Guid Id, string Name, string KeyPrefix, bool Active, DateTime CreatedAt);

/// <summary>An administrator of the nation unit registers a client application; the key is in the answer only.</summary>
public sealed class RegisterOpen311Client(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<Open311ClientCreated> HandleAsync(RegisterOpen311ClientRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Name, "name", FieldLength.Title).ThrowIfInvalid();
        await scope.RequireAsync(Unit.RootCode, Permission.ManageUnits, ct);
        var key = "o311_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var client = new Open311Client { Name = Text.Clean(r.Name), KeyHash = Open311Client.Hash(key), KeyPrefix = key[..10], CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(client);
        await db.SaveChangesAsync(ct);
        return new Open311ClientCreated(client.Id, client.Name, key);
    }

    public async Task<IReadOnlyList<Open311ClientView>> ListAsync(CancellationToken ct = default)
    {
        await scope.RequireAsync(Unit.RootCode, Permission.ManageUnits, ct);
        return await db.Set<Open311Client>().AsNoTracking().OrderBy(c => c.CreatedAt)
            .Select(c => new Open311ClientView(c.Id, c.Name, c.KeyPrefix, c.Active, c.CreatedAt)).ToListAsync(ct);
    }
}

public static class Open311ClientsApi
{
    public static RouteGroupBuilder MapOpen311ClientsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/open311/clients").WithTags("Open311 GeoReport v2");
        g.MapGet("/", async (RegisterOpen311Client h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .Requires(Permission.ManageUnits, "root").WithSummary("The client applications allowed to post Open311 requests (never their keys).");
        g.MapPost("/", async (RegisterOpen311ClientRequest r, RegisterOpen311Client h, CancellationToken ct) =>
            TypedResults.Created("/api/v1/open311/clients", await h.HandleAsync(r, ct)))
            .Requires(Permission.ManageUnits, "root").WithSummary("Register a client application; the answer holds its API key, shown only once.");
        return api;
    }
}
