namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>
/// A unit's (the province's) progress on a standard in a year: the share of its communes that passed, against its target, with
/// the list of those that pass; and the form of the target for those who may set it.
/// </summary>
public sealed class TargetsModel(AssessmentReader reader, SetStandardTarget setTarget, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public TargetProgressDto? View { get; private set; }
    public List<UnitOption> Units { get; private set; } = [];
    public bool CanSet { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Standard { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public string? Share { get; set; }
    [BindProperty] public string? IssuingDocument { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= clock.VietnamToday().Year;
        Standard ??= L["Assessment.FriendlyGovernment"].Value;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await setTarget.HandleAsync(new TargetRequest(Unit, Standard, Year, CriteriaText.Number(Share), IssuingDocument), ct);
        Flash = L["Assessment.TargetSaved"];
        return Redirect("/assessment/targets" + QueryString.Create(new Dictionary<string, string?>
        {
            ["unit"] = Unit, ["standard"] = Standard, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false,
            also: u => u.Kind == UnitKind.Province || u.Kind == UnitKind.District, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        if (Unit is not null && !string.IsNullOrWhiteSpace(Standard))
        {
            View = await reader.TargetAsync(Unit, Standard, Year, ct);
            CanSet = (await picker.OptionsAsync(Permission.Assess, UnitPick.Bodies, aliveOnly: false, also: u => u.Code == View.UnitCode, ct: ct)).Count > 0;
        }
    }
}
