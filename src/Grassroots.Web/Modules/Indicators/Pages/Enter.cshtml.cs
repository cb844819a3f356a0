using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>The form a unit fills with its own figures for a period.</summary>
public sealed class EnterModel(UnitPicker picker, IndicatorReader reader, EnterIndicatorValues enter, IIndicatorCatalogue catalogue, TimeProvider clock) : UnitPeriodPage(picker, clock, Permission.Edit)
{
    [BindProperty] public Dictionary<string, decimal?> Values { get; set; } = [];

    public IIndicatorCatalogue Catalogue => catalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        if (Unit is not null)
        {
            Values = await reader.EnteredAsync(Unit, From.Value, To.Value, ct);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var given = catalogue.All.Where(d => d.IsEntered).ToDictionary(d => d.Key, d => Values.GetValueOrDefault(d.Key));
        var result = await enter.HandleAsync(new EnterValuesRequest(Unit, From, To, given), ValueOrigin.Form, ct);
        Flash = L["Indicators.Saved", result.Saved].Value;
        return Redirect($"/indicators?unit={result.UnitCode}&from={result.From:yyyy-MM-dd}&to={result.To:yyyy-MM-dd}");
    });

}
