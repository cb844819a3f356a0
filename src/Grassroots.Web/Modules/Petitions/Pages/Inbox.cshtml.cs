using Grassroots.Web.Modules.Petitions.Queue;

namespace Grassroots.Web.Modules.Petitions.Pages;

public sealed class InboxModel(PetitionQueue queue) : PageModel
{
    [BindProperty(SupportsGet = true)] public DueFilter Due { get; set; } = DueFilter.All;
    [BindProperty(SupportsGet = true)] public PetitionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queue.HandleAsync(new QueueFilter(null, Status, Kind, Due, Open, PageNumber), ct);

    public string PageUrl(int page) => Url.Page("/Petitions/Pages/Inbox", new { Due, Status, Kind, Open, page })!;
}
