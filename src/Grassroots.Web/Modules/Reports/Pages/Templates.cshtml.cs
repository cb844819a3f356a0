using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>The templates and their latest version; administrators of the national root save a new version.</summary>
public sealed class TemplatesModel(ReportTemplates templates, UnitScope scope, AppDbContext db) : AppPageModel
{
    public List<TemplateDto> Templates { get; private set; } = [];
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
        var body = ReportTemplates.ParseOrNull(Body ?? "") ?? throw DomainException.Invalid("Reports.InvalidJson");
        var saved = await templates.SaveAsync(Key ?? "", new SaveTemplateRequest(Name, body), ct);
        Flash = L["Reports.TemplateSaved", saved.Version].Value;
        return Redirect($"/reports/templates?key={saved.Key}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await templates.ListAsync(ct);
        Key ??= Templates.FirstOrDefault()?.Key;
        Current = Key is null || Templates.All(t => t.Key != Key) ? null : await templates.GetAsync(Key, ct);
        var root = await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        CanEdit = await scope.CanAsync(root, Permission.ManageUnits, ct);
    }
}
