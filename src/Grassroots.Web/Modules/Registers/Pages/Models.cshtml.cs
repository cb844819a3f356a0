using Grassroots.Web.Modules.Registers.DanVan;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>The "Dân vận khéo" models in reach, by field, and the form to register one.</summary>
public sealed class ModelsModel(ModelReader reader, RegisterModel register, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public RegisterPage<ModelDto> Models { get; private set; } = new([], 1, 0);
    public List<UnitOption> Options { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public ModelField? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>A page number typed or edited into the address is brought back into range rather than refused.</summary>
    private int PageShown => Math.Clamp(PageNumber, 1, 100_000);

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public ModelField? ModelField { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? StartedBy { get; set; }
    [BindProperty] public int? YearRegistered { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        YearRegistered ??= clock.VietnamToday().Year;
        UnitCode ??= Unit;
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var m = await register.HandleAsync(new RegisterModelRequest(UnitCode, Name, ModelField, Description, StartedBy, YearRegistered), ct);
        Flash = L["Registers.Page.ModelRegistered"];
        return Redirect($"/models/{m.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Models = await reader.ListAsync(new RegisterFilter(Unit, Page: PageShown), Field is { } f && Enum.IsDefined(f) ? f : null, ct);
        Options = await picker.OptionsAsync(Permission.Edit, UnitPick.Any, ct: ct);
    }
}
