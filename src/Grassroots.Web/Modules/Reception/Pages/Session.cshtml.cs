namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>One session with its visits, and the form that logs the next visit.</summary>
public sealed class SessionModel(ReceptionReader reader, AddVisit addVisit) : AppPageModel
{
    public SessionView View { get; private set; } = null!;

    [BindProperty] public int? People { get; set; } = 1;
    [BindProperty] public string? VisitorName { get; set; }
    [BindProperty] public string? VisitorAddress { get; set; }
    [BindProperty] public string? VisitorIdNumber { get; set; }
    [BindProperty(Name = "Content")] public string? VisitContent { get; set; }
    [BindProperty] public VisitOutcome? Outcome { get; set; } = VisitOutcome.AnsweredOnSpot;
    [BindProperty] public PetitionKind? LetterKind { get; set; }
    [BindProperty] public string? ExistingTrackingCode { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await reader.SessionViewAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return await RunAsync(async () =>
        {
            await addVisit.HandleAsync(id, new AddVisitRequest(People, VisitorName, VisitorAddress, VisitContent, Outcome, ExistingTrackingCode, null,
                Outcome == VisitOutcome.LetterReceived ? LetterKind : null, VisitorIdNumber: VisitorIdNumber), ct);
            Flash = L["Reception.VisitAdded"];
            return RedirectToPage(new { id });
        });
    }
}
