using Grassroots.Web.Modules.Petitions.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reception.Pages;

public sealed class SessionModel(RecordReception record, UnitScope scope, AppDbContext db) : AppPageModel
{
    public ReceptionSession Session { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    [BindProperty] public int? People { get; set; } = 1;
    [BindProperty] public string? VisitorName { get; set; }
    [BindProperty] public string? VisitorAddress { get; set; }
    [BindProperty] public string? VisitorIdNumber { get; set; }
    [BindProperty(Name = "Content")] public string? VisitContent { get; set; }
    [BindProperty] public VisitOutcome? Outcome { get; set; } = VisitOutcome.AnsweredOnSpot;
    [BindProperty] public PetitionKind? LetterKind { get; set; }
    [BindProperty] public string? ExistingTrackingCode { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            await record.AddVisitAsync(id, new AddVisitRequest(People, VisitorName, VisitorAddress, VisitContent, Outcome, ExistingTrackingCode, null,
                Outcome == VisitOutcome.LetterReceived ? LetterKind : null, VisitorIdNumber: VisitorIdNumber), ct);
            TempData["Flash"] = L["Reception.VisitAdded"].Value;
            return RedirectToPage(new { id });
        });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Session = await db.Set<ReceptionSession>().AsNoTracking().Include(s => s.Unit).Include(s => s.Visits).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Reception.SessionNotFound");
        await scope.RequireAsync(Session.Unit!, Permission.View, ct);
        CanEdit = await scope.CanAsync(Session.Unit!, Permission.Edit, ct);
    }
}
