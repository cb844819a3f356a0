namespace Grassroots.Web.Modules.Disclosure.Pages;

public sealed class ComplianceModel(UnitPicker picker, UnitScope scope, JudgeCompliance compliance, TimeProvider clock) : AppPageModel
{
    public List<UnitOption> Units { get; private set; } = [];
    public string? Unit { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public ComplianceDto? Result { get; private set; }

    public async Task OnGetAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From = from ?? new DateOnly(today.Year, 1, 1);
        To = to ?? today;
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Disclosers, aliveOnly: false, ct: ct);
        Unit = unit ?? Units.FirstOrDefault()?.Code;
        if (Unit is null)
        {
            return;
        }
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
        Result = await compliance.HandleAsync(u, f, t, ct);
    }
}
