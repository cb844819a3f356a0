namespace Grassroots.Web.Modules.Consultations.Pages;

public sealed class IndexModel(UnitPicker picker, CreateConsultation create, ConsultationReader reader, TimeProvider clock) : AppPageModel
{
    public List<ConsultationDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public ConsultationSubject? Subject { get; set; } = ConsultationSubject.SocioEconomicPlan;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public Commenters? Commenters { get; set; } = Consultations.Commenters.Anyone;
    [BindProperty] public DateOnly? OpensOn { get; set; }
    [BindProperty] public DateOnly? ClosesOn { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        OpensOn ??= clock.VietnamToday();
        ClosesOn ??= OpensOn.Value.AddDays(30);
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var c = await create.HandleAsync(new CreateConsultationRequest(UnitCode, Subject, Title, Body, OpensOn, ClosesOn, Commenters), ct);
        return Redirect($"/consultations/{c.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
        Items = await reader.ListAsync(new ConsultationFilter(Take: 100), ct);
    }
}
