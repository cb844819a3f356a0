using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Web.Modules.Outreach.Pages;

/// <summary>The outbox for administrators: every message and where it stands; a given-up one can be sent again.</summary>
public sealed class OutboxModel(OutreachReader reader, RetryMessage retry) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public OutboxState? State { get; set; }
    [BindProperty(SupportsGet = true)] public OutboxChannel? Channel { get; set; }

    public OutboxPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await reader.MessagesAsync(State, Channel, ct);

    public Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct) =>
        SaveThenGoAsync(() => retry.HandleAsync(id, ct), "Outreach.Retried", "/admin/outbox");

    protected override async Task OnRefusedAsync() => Result = await reader.MessagesAsync(State, Channel, HttpContext.RequestAborted);
}
