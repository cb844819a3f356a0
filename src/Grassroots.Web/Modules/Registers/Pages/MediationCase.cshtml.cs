using Grassroots.Web.Modules.Registers.Mediation;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>One mediation case: its parties, sessions and outcome, with the forms of the next step and the agreement to download.</summary>
public sealed class MediationCaseModel(MediationReader reader, RecordMediation record, TimeProvider clock) : AppPageModel
{
    public CaseDto? Case { get; private set; }
    private Guid _id;

    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Mediators { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public CaseStatus? Status { get; set; } = CaseStatus.Successful;
    [BindProperty] public string? Agreement { get; set; }
    [BindProperty] public bool PartyASigned { get; set; }
    [BindProperty] public bool PartyBSigned { get; set; }
    [BindProperty] public string? NextStep { get; set; }
    [BindProperty] public AgreementCompliance? Compliance { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Case = await reader.CaseAsync(id, ct);
        On ??= clock.VietnamToday();
    }

    public async Task<IActionResult> OnGetAgreementAsync(Guid id, CancellationToken ct) => FileDownloads.Attachment(this, await reader.AgreementAsync(id, ct));

    public Task<IActionResult> OnPostSessionAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.SessionAsync(id, new RecordSessionRequest(On, Mediators, Note), ct);
        Flash = L["Registers.Page.SessionRecorded"];
    });

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.OutcomeAsync(id, new RecordOutcomeRequest(Status, On, Agreement, PartyASigned, PartyBSigned, NextStep, Mediators, Version), ct);
        Flash = L["Registers.Page.OutcomeRecorded"];
    });

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.FollowUpAsync(id, new FollowUpRequest(Compliance, On, Note), ct);
        Flash = L["Registers.Page.FollowUpRecorded"];
    });

    private Task<IActionResult> Run(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/mediation/{id}");
        });
    }

    protected override async Task OnRefusedAsync() => Case = await reader.CaseAsync(_id, HttpContext.RequestAborted);
}
