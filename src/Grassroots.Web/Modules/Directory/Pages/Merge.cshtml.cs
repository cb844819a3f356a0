using Grassroots.Web.Modules.Directory.Merge;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class MergeModel(UnitPicker picker, MergeUnits handler) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }

    /// <summary>Codes of the units that merge, separated by commas, spaces or new lines.</summary>
    [BindProperty] public string? SourceCodes { get; set; }

    [BindProperty] public bool IntoNew { get; set; } = true;
    [BindProperty] public string? TargetCode { get; set; }
    [BindProperty] public string? NewCode { get; set; }
    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public UnitKind? NewKind { get; set; }
    [BindProperty] public string? NewParentCode { get; set; }
    [BindProperty] public DateOnly? EffectiveDate { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Note { get; set; }

    public List<UnitOption> Options { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        SourceCodes ??= Source;
        await OnRefusedAsync();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var codes = (SourceCodes ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var request = new MergeUnitsRequest(codes,
            IntoNew ? null : TargetCode,
            IntoNew ? new NewUnitSpec(NewCode, NewName, NewKind, NewParentCode) : null,
            EffectiveDate, Reference, Note);
        var done = await handler.HandleAsync(request, ct);
        TempData["Flash"] = L["Units.Merged"].Value;
        var target = done.Links.First(l => l.Kind == LineageLinkKind.Succession).ToUnit!;
        return Redirect($"/units/{target.Code}");
    });

    protected override async Task OnRefusedAsync() => Options = await picker.OptionsAsync(Permission.ManageUnits, UnitPick.Any, ct: HttpContext.RequestAborted);
}
