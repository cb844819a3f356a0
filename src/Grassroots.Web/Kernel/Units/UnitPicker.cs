using System.Linq.Expressions;

namespace Grassroots.Web.Kernel.Units;

/// <summary>A unit offered in a form's unit box.</summary>
public sealed record UnitOption(string Code, string Name);

/// <summary>Which units a form offers.</summary>
public enum UnitPick
{
    /// <summary>Every unit but villages and residential groups: the bodies that receive, record and report.</summary>
    Bodies,

    /// <summary>Villages and residential groups (thôn, tổ dân phố): where households decide.</summary>
    Communities,

    /// <summary>Bodies that disclose: neither villages nor mass organisations.</summary>
    Disclosers,

    /// <summary>Every unit.</summary>
    Any,
}

/// <summary>
/// The one unit picker behind every unit box: the units in the caller's reach for a permission, of the kind the form
/// wants, in tree order. Units that ended are offered only when the form is about the past (statistics, reports).
/// </summary>
public sealed class UnitPicker(UnitScope scope, TimeProvider clock)
{
    /// <summary>A box lists at most this many units (a province's communes and bodies).</summary>
    public const int Limit = 500;

    public async Task<List<UnitOption>> OptionsAsync(Permission permission, UnitPick pick = UnitPick.Bodies, bool aliveOnly = true,
        Expression<Func<Unit, bool>>? also = null, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var units = (await scope.VisibleUnitsAsync(permission, ct)).AsNoTracking();
        units = pick switch
        {
            UnitPick.Bodies => units.Where(u => u.Kind != UnitKind.ResidentialCommunity),
            UnitPick.Communities => units.Where(u => u.Kind == UnitKind.ResidentialCommunity),
            UnitPick.Disclosers => units.Where(u => u.Kind != UnitKind.ResidentialCommunity && u.Kind != UnitKind.Organisation),
            UnitPick.Any => units,
        };
        if (aliveOnly)
        {
            units = units.Where(u => u.ValidTo == null || u.ValidTo > today);
        }
        if (also is not null)
        {
            units = units.Where(also);
        }
        return await units.OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).Take(Limit).ToListAsync(ct);
    }
}
