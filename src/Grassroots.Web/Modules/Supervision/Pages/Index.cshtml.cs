namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>The one tracker of recommendations, filtered by state, source, addressee and due day, within the caller's reach.</summary>
public sealed class IndexModel(SupervisionReader reader) : AppPageModel
{
    public TrackerPage Items { get; private set; } = new([], 1, 0);

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public TrackerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public RecommendationSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Addressee { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? DueFrom { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? DueTo { get; set; }
    [BindProperty(SupportsGet = true)] public bool ToAnswer { get; set; }

    // Not "page": Razor Pages keep the page's own name under that route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await reader.TrackerAsync(new TrackerFilter(Unit, Status, Addressee, Source, DueFrom, DueTo, PageNumber, ToAnswer), ct);

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["unit"] = Unit, ["status"] = Status?.ToString(), ["source"] = Source?.ToString(), ["addressee"] = Addressee,
        ["toAnswer"] = ToAnswer ? "true" : null,
        ["dueFrom"] = DueFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["dueTo"] = DueTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null)).ToString();
}
