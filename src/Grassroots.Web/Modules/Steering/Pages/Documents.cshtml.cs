using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>The register of directive documents: filtered and paged; a document registered as a draft, issued at once, or received from above.</summary>
[RequestSizeLimit(32L * 1024 * 1024)]
public sealed class DocumentsModel(SteeringReader reader, UnitPicker picker, RegisterDocument register, TimeProvider clock) : AppPageModel
{
    public DocumentPage Items { get; private set; } = new([], 1, 0);
    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> SteerUnits { get; private set; } = [];
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DocumentKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public DocumentStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string Mode { get; set; } = "issue";
    [BindProperty] public IssuingBody? IssuingBody { get; set; }
    [BindProperty] public DocumentKind? NewKind { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? NumberAndSymbol { get; set; }
    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public string? Sender { get; set; }
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? Implements { get; set; }
    [BindProperty] public string? Recipients { get; set; }
    [BindProperty] public string? DraftingOffice { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var incoming = Mode == "incoming";
        var d = await register.HandleAsync(new RegisterDocumentRequest(UnitCode, IssuingBody, NewKind, Summary, incoming, NumberAndSymbol, IssuedOn, Sender,
            ReceivedOn, SignerName, SignerTitle, Implements, null, Recipients, DraftingOffice, null, IssueNow: Mode == "issue"), Upload, ct);
        Flash = d.NumberAndSymbol is { } n ? L["Steering.Registered", n].Value : L["Steering.DraftRegistered"].Value;
        return Redirect($"/steering/documents/{d.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        SteerUnits = await picker.OptionsAsync(Permission.Steer, UnitPick.Bodies, ct: ct);
        Items = await reader.DocumentsAsync(string.IsNullOrWhiteSpace(Unit) ? null : Unit, Year, Kind, Status, PageNumber, ct);
    }

    public string PageLink(int page) =>
        $"/steering/documents?unit={Uri.EscapeDataString(Unit ?? "")}&year={Year}&kind={Kind}&status={Status}&p={page}";
}
