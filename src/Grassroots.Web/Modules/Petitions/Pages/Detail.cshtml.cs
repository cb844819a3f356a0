using Grassroots.Web.Modules.Petitions.Handle;

namespace Grassroots.Web.Modules.Petitions.Pages;

/// <summary>One letter: its clocks, its history, and the next steps its status allows, each handled by its own use case.</summary>
public sealed class PetitionDetailModel(PetitionReader reader, TimeProvider clock) : AppPageModel
{
    public PetitionView View { get; private set; } = null!;
    public DenouncerIdentity? Identity { get; private set; }

    /// <summary>Where the letter may be transferred (only while it is open and the caller may handle it).</summary>
    public List<UnitOption> TransferTargets { get; private set; } = [];

    /// <summary>A step that closes the letter or hands it over, asked for but not yet confirmed: the page asks first.</summary>
    public string? Pending { get; private set; }

    /// <summary>The steps that end the handling of a letter here, each confirmed on a second submit.</summary>
    public static readonly string[] Closing = ["Transfer", "Guide", "File", "Answer"];

    [BindProperty] public bool Confirmed { get; set; }

    [BindProperty] public bool IsEligible { get; set; } = true;
    [BindProperty] public string? IneligibleReason { get; set; }
    [BindProperty] public bool IsInCompetence { get; set; } = true;
    [BindProperty] public bool IsComplex { get; set; }
    [BindProperty] public bool ParticularlyComplex { get; set; }
    [BindProperty] public DateOnly? DecisionKnownOn { get; set; }
    [BindProperty] public string? ObstacleReason { get; set; }
    [BindProperty] public string? ToUnitCode { get; set; }
    [BindProperty] public string? ExternalBody { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public DateOnly? DecisionDate { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public Guid? CaseId { get; set; }
    [BindProperty] public DateOnly? VerifiedOn { get; set; }
    [BindProperty] public VerificationMethod? Method { get; set; }
    [BindProperty] public string? Findings { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostClassifyAsync(Guid id, [FromServices] ClassifyPetition classify, CancellationToken ct) =>
        Step(id, () => classify.HandleAsync(id, new ClassifyPetitionRequest(null, IsEligible, IneligibleReason, IsInCompetence, IsComplex, DecisionKnownOn, ObstacleReason), ct));

    public Task<IActionResult> OnPostAcceptAsync(Guid id, [FromServices] AcceptPetition accept, CancellationToken ct) =>
        Step(id, () => accept.HandleAsync(id, ct));

    public Task<IActionResult> OnPostTransferAsync(Guid id, [FromServices] TransferPetition transfer, CancellationToken ct) =>
        Confirm(id, "Transfer", () => transfer.HandleAsync(id, new TransferPetitionRequest(ToUnitCode, ExternalBody, Note), ct), toInbox: true);

    public Task<IActionResult> OnPostGuideAsync(Guid id, [FromServices] GuideOrFilePetition end, CancellationToken ct) =>
        Confirm(id, "Guide", () => end.HandleAsync(id, PetitionStatus.Guided, new NoteRequest(Note), ct));

    public Task<IActionResult> OnPostFileAsync(Guid id, [FromServices] GuideOrFilePetition end, CancellationToken ct) =>
        Confirm(id, "File", () => end.HandleAsync(id, PetitionStatus.Filed, new NoteRequest(Note), ct));

    public Task<IActionResult> OnPostExtendAsync(Guid id, [FromServices] ExtendPetition extend, CancellationToken ct) =>
        Step(id, () => extend.HandleAsync(id, new ExtendRequest(Reason, ParticularlyComplex), ct));

    public Task<IActionResult> OnPostSuspendAsync(Guid id, [FromServices] SuspendPetition suspend, CancellationToken ct) =>
        Step(id, () => suspend.HandleAsync(id, new SuspendRequest(Reason), ct));

    public Task<IActionResult> OnPostResumeAsync(Guid id, [FromServices] ResumePetition resume, CancellationToken ct) =>
        Step(id, () => resume.HandleAsync(id, ct));

    public Task<IActionResult> OnPostVerifyAsync(Guid id, [FromServices] VerifyPetition verify, CancellationToken ct) =>
        Step(id, () => verify.HandleAsync(id, new VerifyRequest(VerifiedOn, Method, Findings), ct));

    public Task<IActionResult> OnPostResolveAsync(Guid id, [FromServices] ResolvePetition resolve, CancellationToken ct) =>
        Step(id, () => resolve.HandleAsync(id, new ResolveRequest(DecisionNumber, DecisionDate, Summary), ct));

    public Task<IActionResult> OnPostAnswerAsync(Guid id, [FromServices] AnswerPetition answer, CancellationToken ct) =>
        Confirm(id, "Answer", () => answer.HandleAsync(id, new AnswerRequest(null, Summary), ct));

    public Task<IActionResult> OnPostCaseAsync(Guid id, [FromServices] MovePetitionToCase move, CancellationToken ct) =>
        Step(id, () => move.HandleAsync(id, new MoveToCaseRequest(CaseId), ct));

    public async Task<IActionResult> OnPostRevealAsync(Guid id, [FromServices] RevealIdentity reveal, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            Identity = await reveal.HandleAsync(id, new RevealRequest(Reason), ct);
            return Page();
        });
    }

    /// <summary>
    /// A step that ends the handling here runs only when confirmed: the first submit shows the page again with what the step
    /// will do and a second button that sends the same fields, confirmed (no script needed).
    /// </summary>
    private async Task<IActionResult> Confirm(Guid id, string step, Func<Task<Petition>> action, bool toInbox = false)
    {
        if (Confirmed)
        {
            return await Step(id, action, toInbox);
        }
        await LoadAsync(id, HttpContext.RequestAborted);
        Pending = step;
        return Page();
    }

    /// <summary>The letter is loaded first, so that a refused step shows the page with its message.</summary>
    private async Task<IActionResult> Step(Guid id, Func<Task<Petition>> action, bool toInbox = false)
    {
        await LoadAsync(id, HttpContext.RequestAborted);
        return await RunAsync(async () =>
        {
            await action();
            Flash = L["Petitions.StepDone"];
            return toInbox ? Redirect("/petitions") : RedirectToPage(new { id });
        });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await reader.ViewAsync(id, ct);
        if (View.CanEdit && View.Letter.Status is PetitionStatus.Received or PetitionStatus.Classified)
        {
            TransferTargets = await reader.TransferTargetsAsync(id, ct);
        }
        DecisionDate ??= clock.VietnamToday();
    }
}
