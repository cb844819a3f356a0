namespace Grassroots.Web.Modules.PersonalData.Pages;

/// <summary>A person's data on request: the search form, its result, and the same search as a workbook. Each search is audited.</summary>
public sealed class PersonalDataIndexModel(FindPersonalData find, ExportPersonalData export) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty(SupportsGet = true)] public string? IdNumber { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }

    public PersonalDataResult? Result { get; private set; }

    private PersonalDataRequest Search => new(Unit, Phone, IdNumber, Name);

    /// <summary>The form alone until a unit is named; then the search.</summary>
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => string.IsNullOrWhiteSpace(Unit)
        ? Task.FromResult<IActionResult>(Page())
        : RunAsync(async () =>
        {
            Result = await find.HandleAsync(Search, ct);
            return Page();
        });

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        RunAsync(async () => FileDownloads.Attachment(this, await export.HandleAsync(Search, ct)));
}
