using Grassroots.Web.Modules.Directory.Rename;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class RenameModel(RenameUnit handler, UnitScope scope) : AppPageModel
{
    public Unit Unit { get; private set; } = null!;
    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public DateOnly? EffectiveDate { get; set; }
    [BindProperty] public string? Reference { get; set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        Unit = await scope.RequireAsync(code, Permission.ManageUnits, ct);
        NewName ??= Unit.Name;
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Unit = await scope.RequireAsync(code, Permission.ManageUnits, ct);
        return await RunAsync(async () =>
        {
            await handler.HandleAsync(code, new RenameUnitRequest(NewName, EffectiveDate, Reference), ct);
            TempData["Flash"] = L["Units.Renamed"].Value;
            return Redirect($"/units/{code}");
        });
    }
}
