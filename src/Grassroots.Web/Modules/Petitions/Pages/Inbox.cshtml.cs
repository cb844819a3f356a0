using Grassroots.Web.Modules.Petitions.Queue;

namespace Grassroots.Web.Modules.Petitions.Pages;

public sealed class InboxModel(PetitionQueue queue) : PageModel
{
    [BindProperty(SupportsGet = true)] public DueFilter Due { get; set; } = DueFilter.All;
    [BindProperty(SupportsGet = true)] public PetitionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionKind? Kind { get; set; }
    /// <summary>The queue opens on the letters still being handled; answered, filed and transferred ones are one choice away.
    /// A status chosen by name is shown whatever this says.</summary>
    [BindProperty(SupportsGet = true)] public bool Open { get; set; } = true;
    // Not "page": Razor Pages keep the page's own name under that route value, which would win over the query.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queue.HandleAsync(new QueueFilter(null, Status, Kind, Due, Open && Status is null, PageNumber), ct);

    public string PageUrl(int page) => Url.Page("/Petitions/Pages/Inbox", new { Due, Status, Kind, Open, p = page })!;
}
