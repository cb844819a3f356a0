using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Home;

/// <summary>The unit-scope cases of the Home module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class HomeScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/"] = PageCase.Own("/", b => b.HolderCode),
        ["/error/{status:int?}"] = PageCase.Own("/error/404"),
    };

    public override Task<string> SnapshotAsync(AppDbContext db) => Task.FromResult("");
}
