using Grassroots.Web.Platform.Files;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>One disclosure for the officers of its unit: its text, posting, verdict and files, which they add, download and remove.</summary>
[RequestSizeLimit(IndexModel.UploadRequestLimit)]
public sealed class DetailModel(AttachDisclosureFile files, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
{
    public DisclosureDto? Item { get; private set; }
    public DisclosureCategory? Category { get; private set; }
    public bool CanEdit { get; private set; }
    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Item = await DisclosureApi.ReadAsync(id, db, scope, clock, ct);
        Category = await db.Set<DisclosureCategory>().AsNoTracking().FirstAsync(c => c.Id == Item.CategoryId, ct);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Code == Item.UnitCode, ct);
        CanEdit = await scope.CanAsync(unit, Permission.Edit, ct);
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var f = await files.ReadAsync(id, attachmentId, ct);
        return FileDownloads.Attachment(this, f.Content, f.ContentType, f.FileName);
    }

    public Task<IActionResult> OnPostAttachAsync(Guid id, List<IFormFile> upload, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            var added = await files.AddAsync(id, upload, ct);
            Flash = L["Disclosure.FilesAdded", added.Count];
            return Redirect($"/disclosures/{id}");
        });
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await files.RemoveAsync(id, attachmentId, ct);
            Flash = L["Disclosure.FileRemoved"];
            return Redirect($"/disclosures/{id}");
        });
    }

    protected override Task OnRefusedAsync() => OnGetAsync(_id, HttpContext.RequestAborted);
}
