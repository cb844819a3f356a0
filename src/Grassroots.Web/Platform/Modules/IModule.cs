namespace Grassroots.Web.Platform.Modules;

/// <summary>
/// A module's manifest: one class per module (<c>Modules/&lt;Module&gt;/&lt;Module&gt;Module.cs</c>) that declares
/// everything the module brings to the host — its services, its API, its menu entries, its portal sections, its
/// scheduled jobs and its demo data. The host, the menu, the portal and the demo seeder read the manifests; adding a
/// module is one line in <c>Program.cs</c> (docs/architecture.md).
/// </summary>
public interface IModule
{
    void Register(ModuleBuilder module);
}

/// <summary>The law's pillars of grassroots democracy, and the two areas around them: the groups of the top menu, in order.</summary>
public enum Pillar
{
    /// <summary>Dân biết: disclosure.</summary>
    Know,

    /// <summary>Dân bàn: opinions on drafts.</summary>
    Discuss,

    /// <summary>Dân làm và quyết định: community decisions, village conventions.</summary>
    Decide,

    /// <summary>Dân kiểm tra, giám sát.</summary>
    Supervise,

    /// <summary>Tiếp công dân, đơn thư.</summary>
    Petitions,

    /// <summary>Chỉ tiêu và báo cáo.</summary>
    Reports,

    /// <summary>Quản trị: units, calendar, accounts, audit.</summary>
    Administration,
}

/// <summary>A menu entry a module declares: shown to those who hold <see cref="Permission"/> on some unit.</summary>
public sealed record NavEntry(string Module, Pillar Pillar, string Path, string LabelKey, Permission Permission, int Order);

/// <summary>The unit a public portal page is about.</summary>
public sealed record PortalUnit(int Id, string Code, string Name, string Path);

/// <summary>
/// A section a module adds to a unit's public portal page: what it shows is loaded by the module (through its reader)
/// and drawn by its own partial view (<see cref="View"/>, a path such as "/Modules/Disclosure/Pages/_PortalSection.cshtml").
/// </summary>
public interface IPortalSection
{
    /// <summary>Sections are drawn in this order (disclosures first, as the law lists the pillars).</summary>
    int Order { get; }

    string View { get; }

    Task<object> LoadAsync(PortalUnit unit, CancellationToken ct);
}

/// <summary>What a portal section's view draws: the unit's code (for links) and the items the module's reader gave.</summary>
public sealed record PortalSectionModel<TItem>(string UnitCode, IReadOnlyList<TItem> Items);

/// <summary>A portal section declared in a manifest (<see cref="ModuleBuilder.PortalSection{TReader, TItem}"/>).</summary>
internal sealed class DeclaredPortalSection<TReader, TItem>(
    int order, string view, Func<TReader, PortalUnit, CancellationToken, Task<IReadOnlyList<TItem>>> load, TReader reader) : IPortalSection
{
    public int Order => order;

    public string View => view;

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) =>
        new PortalSectionModel<TItem>(unit.Code, await load(reader, unit, ct));
}

/// <summary>
/// A module's part of the demo data, laid into a new, empty database in <see cref="Order"/> (the tree first, accounts
/// next, then each module's activity) inside one transaction. A step writes its own module's records, and reaches
/// another module's only through that module's contracts.
/// </summary>
public interface IDemoData
{
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}

/// <summary>
/// A helper a module's use cases share (an access check, a clock, a document writer), one object per request: the host
/// registers it without a manifest line. A helper that must live longer (a singleton, a hosted queue) the manifest registers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScopedAttribute : Attribute;

/// <summary>Run once on every start, after the migrations, in registration order (e.g. laying the root of a new database).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken ct);
}
