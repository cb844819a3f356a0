using Grassroots.Web.Modules.Assessment.Sets;

namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>
/// The criteria sets and assessments in the caller's reach, filtered by unit, year and state; and, for the level above, the
/// form of a new criteria set (its criteria as lines of text).
/// </summary>
public sealed class IndexModel(AssessmentReader reader, CreateCriteriaSet create, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public List<SetSummary> Sets { get; private set; } = [];
    public List<AssessmentRow> Assessments { get; private set; } = [];
    public List<UnitOption> Issuers { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public AssessmentStatus? Status { get; set; }

    [BindProperty] public string? IssuerCode { get; set; }
    [BindProperty] public int? SetYear { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public SetPurpose? Purpose { get; set; }
    [BindProperty] public AssessedUnits? Assessed { get; set; }
    [BindProperty] public string? StandardName { get; set; }
    [BindProperty] public string? IssuingDocument { get; set; }
    [BindProperty] public string? ExcellentFrom { get; set; }
    [BindProperty] public string? GoodFrom { get; set; }
    [BindProperty] public string? CompletedFrom { get; set; }
    [BindProperty] public string? PassFrom { get; set; }
    [BindProperty] public int? SelfAssessmentDays { get; set; }
    [BindProperty] public int? AppealDays { get; set; }
    [BindProperty] public string? Criteria { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SetYear ??= clock.VietnamToday().Year;
        Purpose ??= SetPurpose.Classification;
        Assessed ??= AssessedUnits.Communes;
        ExcellentFrom ??= "90";
        GoodFrom ??= "80";
        CompletedFrom ??= "50";
        SelfAssessmentDays ??= 15;
        AppealDays ??= 10;
        Criteria ??= L["Assessment.SampleCriteria"].Value;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var set = await create.HandleAsync(new CriteriaSetRequest(IssuerCode, SetYear, Title, Purpose, Assessed, StandardName, IssuingDocument,
            CriteriaText.Number(ExcellentFrom), CriteriaText.Number(GoodFrom), CriteriaText.Number(CompletedFrom), CriteriaText.Number(PassFrom),
            SelfAssessmentDays, AppealDays, CriteriaText.Parse(Criteria)), ct);
        Flash = L["Assessment.SetCreated"];
        return Redirect($"/assessment/sets/{set.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Sets = await reader.SetsAsync(Unit, Year, ct);
        Assessments = await reader.AssessmentsAsync(Unit, Year, Status, ct);
        Issuers = await picker.OptionsAsync(Permission.Assess, UnitPick.Bodies, aliveOnly: false,
            also: u => u.Kind == UnitKind.Province || u.Kind == UnitKind.District || u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward, ct: ct);
    }
}
