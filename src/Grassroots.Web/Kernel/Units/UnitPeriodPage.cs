namespace Grassroots.Web.Kernel.Units;

/// <summary>
/// A page about one unit's subtree over a period (figures, statistics, the indicators form): the unit box lists the
/// units the person holds <see cref="Permission"/> on, alive or dissolved (a dissolved unit's past stays readable), and
/// an empty choice falls back to the first of them and to the year so far.
/// </summary>
public abstract class UnitPeriodPage(UnitPicker picker, TimeProvider clock, Permission permission) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public List<UnitOption> Units { get; private set; } = [];

    /// <summary>Fills the unit box and the period's defaults: from the first of January to today, Vietnam's time.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(From), nameof(To))]
    protected async Task ChooseUnitAndPeriodAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        await ListUnitsAsync(ct);
        Unit ??= Units.FirstOrDefault()?.Code;
    }

    /// <summary>Fills the unit box only (a refused form is drawn again with it).</summary>
    protected async Task ListUnitsAsync(CancellationToken ct) =>
        Units = await picker.OptionsAsync(permission, UnitPick.Bodies, aliveOnly: false, ct: ct);

    protected override Task OnRefusedAsync() => Units.Count == 0 ? ListUnitsAsync(HttpContext.RequestAborted) : Task.CompletedTask;
}
