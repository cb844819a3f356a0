using Grassroots.Web.Modules.Petitions.Handle;
using Grassroots.Web.Modules.Petitions.Register;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Petitions.Pages;

/// <summary>One letter: its clocks, its history, and the next steps its status allows.</summary>
public sealed class PetitionDetailModel(PetitionReader reader, PetitionAccess access, DuplicateFinder duplicates, UnitScope scope, AppDbContext db,
    IServiceProvider services) : AppPageModel
{
    public PetitionDto Petition { get; private set; } = null!;
    public List<DuplicateSuggestion> Duplicates { get; private set; } = [];
    public int LettersInCase { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanReveal { get; private set; }
    public DenouncerIdentity? Identity { get; private set; }

    [BindProperty] public bool IsEligible { get; set; } = true;
    [BindProperty] public string? IneligibleReason { get; set; }
    [BindProperty] public bool IsInCompetence { get; set; } = true;
    [BindProperty] public bool IsComplex { get; set; }
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

    public Task<IActionResult> OnPostClassifyAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<ClassifyPetition>().HandleAsync(id, new ClassifyPetitionRequest(null, IsEligible, IneligibleReason, IsInCompetence, IsComplex), ct));

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => Step(id, () => Use<AcceptPetition>().HandleAsync(id, ct));

    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<TransferPetition>().HandleAsync(id, new TransferPetitionRequest(ToUnitCode, ExternalBody, Note), ct), toInbox: true);

    public Task<IActionResult> OnPostGuideAsync(Guid id, CancellationToken ct) => Step(id, () => Use<GuideOrFilePetition>().GuideAsync(id, new NoteRequest(Note), ct));

    public Task<IActionResult> OnPostFileAsync(Guid id, CancellationToken ct) => Step(id, () => Use<GuideOrFilePetition>().FileAsync(id, new NoteRequest(Note), ct));

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct) => Step(id, () => Use<ExtendPetition>().HandleAsync(id, new ExtendRequest(Reason), ct));

    public Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken ct) => Step(id, () => Use<SuspendPetition>().SuspendAsync(id, new ExtendRequest(Reason), ct));

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken ct) => Step(id, () => Use<SuspendPetition>().ResumeAsync(id, ct));

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<VerifyPetition>().HandleAsync(id, new VerifyRequest(VerifiedOn, Method, Findings), ct));

    public Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<ResolvePetition>().ResolveAsync(id, new ResolveRequest(DecisionNumber, DecisionDate, Summary), ct));

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<ResolvePetition>().AnswerAsync(id, new AnswerRequest(null, Summary), ct));

    public Task<IActionResult> OnPostCaseAsync(Guid id, CancellationToken ct) =>
        Step(id, () => Use<MovePetitionToCase>().HandleAsync(id, new MoveToCaseRequest(CaseId), ct));

    public async Task<IActionResult> OnPostRevealAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            Identity = await Use<RevealIdentity>().HandleAsync(id, new RevealRequest(Reason), ct);
            return Page();
        });
    }

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private async Task<IActionResult> Step(Guid id, Func<Task<Petition>> action, bool toInbox = false)
    {
        await LoadAsync(id, HttpContext.RequestAborted);
        return await RunAsync(async () =>
        {
            await action();
            TempData["Flash"] = L["Petitions.StepDone"].Value;
            return toInbox ? Redirect("/petitions") : RedirectToPage(new { id });
        });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Petition = await reader.ReadAsync(id, ct);
        var letter = await access.LoadAsync(id, Permission.View, ct);
        CanEdit = await scope.CanAsync(letter.Unit!, Permission.Edit, ct);
        CanReveal = Petition.HasProtectedIdentity && await scope.CanAsync(letter.Unit!, Permission.RevealConfidential, ct);
        Duplicates = (await duplicates.FindAsync(letter, ct)).Where(d => d.Id != id && d.CaseId != letter.CaseId).ToList();
        LettersInCase = await db.Set<Petition>().CountAsync(p => p.CaseId == letter.CaseId, ct);
        DecisionDate ??= Platform.Clock.VietnamToday(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
    }
}
