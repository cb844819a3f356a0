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
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await query.HandleAsync(new AuditFilter(Unit, UserName, Action, Entity, From, To, PageNumber), ct);

    public string PageUrl(int page) => Url.Page("/AuditLog/Pages/Index", new { Unit, UserName, Action, Entity, From, To, page })!;
}
