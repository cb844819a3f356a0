namespace Grassroots.Web.Modules.PersonalData.Pages;

/// <summary>A person's data on request: the search form, its result, and the same search as a workbook. Each search is audited.</summary>
public sealed class PersonalDataIndexModel(FindPersonalData find, ExportPersonalData export, BreachReader breaches) : AppPageModel
{
    /// <summary>A national data officer: the page links to retention and the breach register.</summary>
    public bool IsNational { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty(SupportsGet = true)] public string? IdNumber { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }

    public PersonalDataResult? Result { get; private set; }

    private PersonalDataRequest Search => new(Unit, Phone, IdNumber, Name);

    /// <summary>The form alone until a unit is named; then the search.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IsNational = await breaches.CanAsync(ct);
        return string.IsNullOrWhiteSpace(Unit) ? Page() : await SearchAsync(ct);
    }

    private Task<IActionResult> SearchAsync(CancellationToken ct) => RunAsync(async () =>
        {
            Result = await find.HandleAsync(Search, ct);
            return Page();
        });

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        RunAsync(async () => FileDownloads.Attachment(this, await export.HandleAsync(Search, ct)));
}
