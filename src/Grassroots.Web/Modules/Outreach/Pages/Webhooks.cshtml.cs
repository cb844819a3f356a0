namespace Grassroots.Web.Modules.Outreach.Pages;

/// <summary>Webhook subscriptions: register one (its secret shown once), pause or resume it, read its delivery history.</summary>
public sealed class WebhooksModel(OutreachReader reader, RegisterWebhook register, PauseWebhook pause) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public List<string> Events { get; set; } = [];
    [BindProperty] public string? Description { get; set; }

    public IReadOnlyList<WebhookView> Subscriptions { get; private set; } = [];
    public IReadOnlyList<DeliveryView>? Deliveries { get; private set; }
    public RegisteredWebhook? Registered { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Registered = await register.HandleAsync(new RegisterWebhookRequest(Address, Events, Description), ct);
        Id = Registered.Id;
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostActiveAsync(Guid subscription, bool active, int version, CancellationToken ct) =>
        SaveThenGoAsync(() => pause.HandleAsync(subscription, active, version, ct), "Outreach.WebhookSaved", $"/admin/webhooks?id={subscription}");

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Subscriptions = await reader.WebhooksAsync(ct);
        if (Id is { } id && Subscriptions.Any(s => s.Id == id))
        {
            Deliveries = await reader.DeliveriesAsync(id, ct);
        }
    }
}
