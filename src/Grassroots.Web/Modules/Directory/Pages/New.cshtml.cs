using Grassroots.Web.Modules.Directory.Create;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class NewModel(UnitPicker picker, CreateUnit handler, UnitScope scope, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Parent { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public UnitKind? Kind { get; set; }
    [BindProperty] public DateOnly? ValidFrom { get; set; }
    [BindProperty] public bool IsRemoteArea { get; set; }

    public List<UnitOption> Options { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Parent))
        {
            await scope.RequireAsync(Text.Clean(Parent), Permission.ManageUnits, ct);
        }
        ValidFrom ??= clock.VietnamToday();
        await OnRefusedAsync();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var unit = await handler.HandleAsync(new CreateUnitRequest(Code, Name, Kind, Parent, ValidFrom, IsRemoteArea), ct);
        TempData["Flash"] = L["Units.Created", unit.Name].Value;
        return Redirect($"/units/{unit.Code}");
    });

    protected override async Task OnRefusedAsync() => Options = await picker.OptionsAsync(Permission.ManageUnits, UnitPick.Any, ct: HttpContext.RequestAborted);
}
