namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>The templates and their latest version; administrators of the national root save a new version.</summary>
public sealed class TemplatesModel(ReportReader reader, SaveTemplate save) : AppPageModel
{
    public IReadOnlyList<TemplateDto> Templates { get; private set; } = [];
    public bool CanEdit { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Body { get; set; }
    public TemplateDto? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Current is { } c)
        {
            Name = c.Name;
            Body = c.Body!.ToJson();
        }
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var body = TemplateBody.TryParse(Body ?? "") ?? throw DomainException.Invalid("Reports.InvalidJson");
        var saved = await save.HandleAsync(Key ?? "", new SaveTemplateRequest(Name, body), ct);
        Flash = L["Reports.TemplateSaved", saved.Version].Value;
        return Redirect($"/reports/templates?key={saved.Key}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        (Templates, Current, CanEdit) = await reader.TemplatesViewAsync(Key, ct);
        Key ??= Current?.Key;
    }
}
