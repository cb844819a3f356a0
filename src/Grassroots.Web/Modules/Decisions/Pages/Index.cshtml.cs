using Grassroots.Web.Modules.Decisions.Matters;

namespace Grassroots.Web.Modules.Decisions.Pages;

public sealed class IndexModel(UnitPicker picker, CreateMatter create, CreateCommuneWideMatter createWide, DecisionReader reader, TimeProvider clock) : AppPageModel
{
    public List<MatterDto> Items { get; private set; } = [];
    public List<UnitOption> Communities { get; private set; } = [];

    /// <summary>The communes in reach whose villages a commune-wide matter goes to.</summary>
    public List<UnitOption> Communes { get; private set; } = [];

    [BindProperty] public string? CommunityCode { get; set; }
    [BindProperty] public DecisionSubject? Subject { get; set; } = DecisionSubject.PublicWorksContribution;
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public string? OptionsText { get; set; }
    [BindProperty] public List<DecisionForms> FormList { get; set; } = [DecisionForms.Meeting];
    [BindProperty] public bool BallotChosenByChairman { get; set; }
    [BindProperty] public bool OnlineAgreed { get; set; }
    [BindProperty] public int? HouseholdsChoosingOnline { get; set; }
    [BindProperty] public DateOnly? OpensOn { get; set; }
    [BindProperty] public DateOnly? ClosesOn { get; set; }

    public Task OnGetAsync(string? community, CancellationToken ct)
    {
        CommunityCode ??= community;
        OpensOn ??= clock.VietnamToday();
        ClosesOn ??= OpensOn.Value.AddDays(14);
        OptionsText ??= L["Decision.DefaultOptions"];
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var forms = FormList.Aggregate(DecisionForms.None, (a, f) => a | f);
        var options = (OptionsText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var request = new CreateMatterRequest(CommunityCode, Subject, Question, null, options, forms, BallotChosenByChairman, OnlineAgreed, OpensOn, ClosesOn, HouseholdsChoosingOnline);
        if ((await reader.CommunesAsync(ct)).Any(c => c.Code == CommunityCode))
        {
            return Redirect($"/decisions/commune-wide/{await createWide.HandleAsync(request, ct)}");
        }
        var m = await create.HandleAsync(request, ct);
        return Redirect($"/decisions/{m.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Communities = await picker.OptionsAsync(Permission.Edit, UnitPick.Communities, aliveOnly: true, ct: ct);
        Communes = await reader.CommunesAsync(ct);
        Items = await reader.ListAsync(new MatterFilter(Take: 50), ct);
    }
}
