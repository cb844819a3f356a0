namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>One disclosure for the officers of its unit: its text, posting, verdict and files, which they add, download and remove.</summary>
[RequestSizeLimit(IndexModel.UploadRequestLimit)]
public sealed class DetailModel(DisclosureReader reader, AttachDisclosureFiles attach, RemoveDisclosureFile remove) : AppPageModel
{
    public DisclosureView? View { get; private set; }
    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await reader.ViewAsync(id, ct);

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var f = await reader.FileAsync(id, attachmentId, ct);
        return FileDownloads.Attachment(this, f);
    }

    public Task<IActionResult> OnPostAttachAsync(Guid id, List<IFormFile> upload, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            var added = await attach.HandleAsync(id, upload, ct);
            Flash = L["Disclosure.FilesAdded", added.Count];
            return Redirect($"/disclosures/{id}");
        });
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await remove.HandleAsync(id, attachmentId, ct);
            Flash = L["Disclosure.FileRemoved"];
            return Redirect($"/disclosures/{id}");
        });
    }

    protected override Task OnRefusedAsync() => OnGetAsync(_id, HttpContext.RequestAborted);
}
