using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.AuditLog.Pages;

public sealed class AuditIndexModel(AuditQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    // Not "page": Razor Pages keep the page's own name under that route value, which would win over the query.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await query.HandleAsync(new AuditFilter(Unit, UserName, Action, Entity, From, To, PageNumber), ct);

    public string PageUrl(int page) => Url.Page("/AuditLog/Pages/Index", new { Unit, UserName, Action, Entity, From, To, p = page })!;
}
