using Grassroots.Web.Platform.Localization;

namespace Grassroots.Web.Modules.LegacyReports.Pages;

/// <summary>One file's result on the upload page.</summary>
public sealed record UploadResult(string FileName, Guid? Id, int Figures, string? Error);

/// <summary>
/// Uploads of past reports (many at once; with scripts each file is sent on its own with its progress, without them the
/// form sends them together) and the list of the reports imported in the units the officer sees, searchable without marks.
/// </summary>
[RequestSizeLimit(4 * UploadLegacyReport.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * UploadLegacyReport.MaxBytes)]
public sealed class IndexModel(UnitPicker picker, LegacyReportsReader reader, UploadLegacyReport upload) : AppPageModel
{
    public List<UnitOption> Units { get; private set; } = [];
    public List<LegacyReportRow> Rows { get; private set; } = [];
    public List<UploadResult> Results { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string? ImportUnit { get; set; }
    [BindProperty] public List<IFormFile> Uploads { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (Uploads.Count == 0) throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
        {
            FieldErrors = new Dictionary<string, string[]> { ["uploads"] = ["Validation.Required"] },
        };
        foreach (var file in Uploads) Results.Add(await OneAsync(file, ct));
        Flash = L["LegacyReports.Uploaded", Results.Count(r => r.Id is not null), Results.Count];
        await LoadAsync(ct);
        return Page();
    });

    /// <summary>One file, sent by the page's script: the result as JSON for its row of progress.</summary>
    public async Task<IActionResult> OnPostOneAsync(CancellationToken ct)
    {
        var file = Uploads.FirstOrDefault();
        var result = file is null ? new UploadResult("", null, 0, L["Validation.Required", L["Field.uploads"]]) : await OneAsync(file, ct);
        return new JsonResult(new
        {
            ok = result.Id is not null,
            url = result.Id is { } id ? $"/legacy-reports/{id}" : null,
            message = result.Error ?? L["LegacyReports.Done", result.Figures].Value,
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task<UploadResult> OneAsync(IFormFile file, CancellationToken ct)
    {
        try
        {
            var doc = await upload.HandleAsync(new UploadLegacyReportRequest(ImportUnit, file), ct);
            return new UploadResult(file.FileName, doc.Id, doc.Figures.Count, null);
        }
        catch (DomainException e) when (e.Status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
        {
            var message = e.FieldErrors.Count == 0
                ? L.Localize(e.MessageKey, e.Arguments)
                : string.Join(" ", e.FieldErrors.SelectMany(f => f.Value.Select(k => L.Localize(k, [FieldLabels.Of(L, f.Key)]))));
            return new UploadResult(file.FileName, null, 0, message);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: false, ct: ct);
        ImportUnit ??= Units.FirstOrDefault()?.Code;
        Rows = await reader.ListAsync(null, Q, ct);
    }
}
