using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>A unit that may publish, with the catalogue its kind answers to.</summary>
public sealed record PublishingUnit(string Code, string Name, DisclosureAudience Audience);

[RequestSizeLimit(UploadRequestLimit)]
public sealed class IndexModel(PublishDisclosure publish, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
{
    /// <summary>Several files of up to 20 MB in one form; a bigger request is refused whole with a message.</summary>
    public const long UploadRequestLimit = 64L * 1024 * 1024;

    public List<DisclosureDto> Items { get; private set; } = [];
    public List<PublishingUnit> Units { get; private set; } = [];
    public List<DisclosureCategory> Categories { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public int? CategoryId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public List<DisclosureForms> FormList { get; set; } = [DisclosureForms.OfficeNoticeBoard, DisclosureForms.Portal];
    [BindProperty] public DateOnly? PostedFrom { get; set; }
    [BindProperty] public DateOnly? PostedTo { get; set; }
    [BindProperty] public int? LoudspeakerDays { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public Task OnGetAsync(string? unit, CancellationToken ct)
    {
        UnitCode ??= unit;
        PostedFrom ??= clock.VietnamToday();
        PostedTo ??= PostedFrom.Value.AddDays(DisclosureCatalogue.DefaultPostingDays - 1);
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var forms = FormList.Aggregate(DisclosureForms.None, (a, f) => a | f);
        await publish.HandleAsync(new PublishDisclosureRequest(UnitCode, CategoryId, Title, Body, forms, PostedFrom, PostedTo, LoudspeakerDays), Files, ct);
        Flash = L["Disclosure.Published"];
        return Redirect("/disclosures");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var publishing = await (await scope.VisibleUnitsAsync(Permission.Edit, ct)).AsNoTracking()
            .Where(u => u.ValidTo == null || u.ValidTo > today)
            .OrderBy(u => u.Path).Select(u => new { u.Code, u.Name, u.Kind }).Take(1000).ToListAsync(ct);
        Units = publishing.Where(u => DisclosureCatalogue.AudienceOf(u.Kind) is not null)
            .Select(u => new PublishingUnit(u.Code, u.Name, DisclosureCatalogue.AudienceOf(u.Kind)!.Value)).Take(500).ToList();
        Categories = (await db.Set<DisclosureCategory>().AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Audience).ThenBy(c => c.Number).ToList();
        var rows = await (await scope.FilterAsync(db.Set<Disclosure>().AsNoTracking(), d => d.Unit!.Path, Permission.View, ct))
            .Include(d => d.Unit).Include(d => d.Category).OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).Take(100).ToListAsync(ct);
        Items = await DisclosureApi.ToDtosAsync(db, rows, today, ct);
    }
}
