namespace Grassroots.Web.Modules.Disclosure.Pages;

[RequestSizeLimit(UploadRequestLimit)]
public sealed class IndexModel(PublishDisclosure publish, DisclosureReader reader, TimeProvider clock) : AppPageModel
{
    /// <summary>Several files of up to 20 MB in one form; a bigger request is refused whole with a message.</summary>
    public const long UploadRequestLimit = 64L * 1024 * 1024;

    public DisclosurePage Items { get; private set; } = new([], 1, 0);

    // Not "page": Razor Pages keep the page's own name under that route value, which would win over the query.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<PublishingUnit> Units { get; private set; } = [];
    public List<DisclosureCategory> Categories { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public int? CategoryId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public List<DisclosureForms> FormList { get; set; } = [DisclosureForms.OfficeNoticeBoard, DisclosureForms.Portal];
    [BindProperty] public DateOnly? PostedFrom { get; set; }
    [BindProperty] public DateOnly? PostedTo { get; set; }
    [BindProperty] public int? LoudspeakerDays { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public Task OnGetAsync(string? unit, CancellationToken ct)
    {
        UnitCode ??= unit;
        PostedFrom ??= clock.VietnamToday();
        PostedTo ??= PostedFrom.Value.AddDays(DisclosureCatalogue.DefaultPostingDays - 1);
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var forms = FormList.Aggregate(DisclosureForms.None, (a, f) => a | f);
        await publish.HandleAsync(new PublishDisclosureRequest(UnitCode, CategoryId, Title, Body, forms, PostedFrom, PostedTo, LoudspeakerDays), Files, ct);
        Flash = L["Disclosure.Published"];
        return Redirect("/disclosures");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await reader.PublishingUnitsAsync(ct);
        Categories = await reader.CategoriesAsync(null, ct);
        Items = await reader.PageAsync(new DisclosureFilter(), PageNumber, ct);
    }
}
