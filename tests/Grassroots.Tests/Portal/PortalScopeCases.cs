using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Portal;

/// <summary>The unit-scope cases of the Portal module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class PortalScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/p/{unitCode}"] = PageCase.Public(b => $"/p/{b.HolderCode}", _ => "Dự thảo nội bộ của B"), // the public portal: never a draft that was not posted
    };

    public override Task<string> SnapshotAsync(AppDbContext db) => Task.FromResult("");
}
