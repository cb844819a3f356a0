using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>
/// The templates and their latest version, edited in a form (the header, the sections in order with their depth, each
/// block's sentence, the indicators it shows and the prompt of its prose) with a preview of how it will read; administrators
/// of the national root save a new version. API clients keep the JSON (<c>/api/v1/reports/templates/{key}</c>).
/// </summary>
public sealed class TemplatesModel(ReportReader reader, SaveTemplate save, IIndicatorCatalogue catalogue) : AppPageModel
{
    public IReadOnlyList<TemplateDto> Templates { get; private set; } = [];
    public bool CanEdit { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public TemplateForm Form { get; set; } = new();
    public TemplateDto? Current { get; private set; }
    public IReadOnlyList<PreviewSection> Preview { get; private set; } = [];
    public IReadOnlyList<Indicator> Indicators => catalogue.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Current is { } c)
        {
            Name = c.Name;
            Form = TemplateForm.From(c.Body!);
            Preview = TemplatePreview.Of(c.Body!, catalogue);
        }
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var saved = await save.HandleAsync(Key ?? "", new SaveTemplateRequest(Name, Form.ToBody()), ct);
        Flash = L["Reports.TemplateSaved", saved.Version].Value;
        return Redirect($"/reports/templates?key={Uri.EscapeDataString(saved.Key)}");
    });

    /// <summary>The form as typed, read back as it will print: removed rows gone, sections placed by depth; nothing saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Redraw(Form.ToBody());
        return Page();
    }

    public async Task<IActionResult> OnPostAddSectionAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var body = Form.ToBody();
        Form = TemplateForm.From(body);
        Form.Sections.Add(new SectionForm { Level = 1, Blocks = [new BlockForm { Kind = BlockKind.Prose }] });
        Preview = TemplatePreview.Of(body, catalogue);
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAddBlockAsync(int section, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (section >= 0 && section < Form.Sections.Count)
        {
            Form.Sections[section].Blocks.Add(new BlockForm { Kind = BlockKind.Prose });
        }
        Preview = TemplatePreview.Of(Form.ToBody(), catalogue);
        ModelState.Clear();
        return Page();
    }

    protected override async Task OnRefusedAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        Preview = TemplatePreview.Of(Form.ToBody(), catalogue);
    }

    private void Redraw(TemplateBody body)
    {
        Form = TemplateForm.From(body);
        Preview = TemplatePreview.Of(body, catalogue);
        ModelState.Clear();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Templates, Current, CanEdit) = await reader.TemplatesViewAsync(Key, ct);
        Key ??= Current?.Key;
    }
}
