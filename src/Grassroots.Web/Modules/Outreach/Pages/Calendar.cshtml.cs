namespace Grassroots.Web.Modules.Outreach.Pages;

/// <summary>The signed-in user's calendar feed of deadlines: its secret address, made or reset here.</summary>
public sealed class CalendarModel(MyDeadlinesFeed feed) : AppPageModel
{
    public CalendarFeedInfo Feed { get; private set; } = new(null, null);

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    public async Task OnGetAsync(CancellationToken ct) => Feed = await feed.InfoAsync(BaseUrl, ct);

    public Task<IActionResult> OnPostResetAsync(CancellationToken ct) =>
        SaveThenGoAsync(() => feed.ResetAsync(BaseUrl, ct), "Outreach.Feed.Reset", "/account/calendar");

    protected override async Task OnRefusedAsync() => Feed = await feed.InfoAsync(BaseUrl, HttpContext.RequestAborted);
}
