using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed record UnitOption(string Code, string Name);

/// <summary>The units an administrator may pick in a form (the datalist behind every unit-code box).</summary>
public static class UnitOptions
{
    public static async Task<List<UnitOption>> ManageableAsync(UnitScope scope, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        return await (await scope.VisibleUnitsAsync(Permission.ManageUnits, ct)).AsNoTracking()
            .Where(u => u.ValidTo == null || u.ValidTo > today)
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).ToListAsync(ct);
    }
}
