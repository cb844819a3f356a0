using Grassroots.Web.Modules.Directory.Split;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class SplitModel(SplitUnit handler, UnitScope scope) : AppPageModel
{
    public Unit Unit { get; private set; } = null!;

    /// <summary>One new unit a line: "code | name".</summary>
    [BindProperty] public string? Parts { get; set; }

    [BindProperty] public string? PrimaryCode { get; set; }
    [BindProperty] public bool KeepSource { get; set; }
    [BindProperty] public DateOnly? EffectiveDate { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(string code, CancellationToken ct) => Unit = await scope.RequireAsync(code, Permission.ManageUnits, ct);

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Unit = await scope.RequireAsync(code, Permission.ManageUnits, ct);
        return await RunAsync(async () =>
        {
            var parts = (Parts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
                .Select(p => new NewUnitSpec(p[0], p.Length > 1 ? p[1] : null, null, null))
                .ToList();
            await handler.HandleAsync(code, new SplitUnitRequest(parts, PrimaryCode, KeepSource, EffectiveDate, Reference, Note), ct);
            TempData["Flash"] = L["Units.SplitDone"].Value;
            return Redirect($"/units/{code}");
        });
    }
}
