namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// What a disclosure's files may be: PDF, Word (.docx), Excel (.xlsx), JPEG and PNG, judged by their own bytes
/// (<see cref="FileUploads"/>), at most 20 MB each and 10 a disclosure; a refused file refuses the whole request.
/// </summary>
[Scoped]
public sealed class DisclosureFiles(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public static readonly UploadPolicy Policy = new(DisclosureAttachment.MaxBytes,
        [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Jpg, FileKind.Jpeg, FileKind.Png], "Disclosure.AttachmentType");

    /// <summary>The file picker's hint (the server judges the bytes anyway).</summary>
    public static string Accept => string.Join(",", Policy.Kinds.Select(k => k.Extension));

    /// <summary>Reads and judges the files for a disclosure that already holds <paramref name="existing"/>: all of them or none.</summary>
    public async Task<List<DisclosureAttachment>> PrepareAsync(IReadOnlyCollection<IFormFile> uploads, int existing, CancellationToken ct)
    {
        if (existing + uploads.Count > DisclosureAttachment.MaxPerDisclosure)
        {
            throw DomainException.Conflict("Disclosure.TooManyAttachments", DisclosureAttachment.MaxPerDisclosure);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var prepared = new List<DisclosureAttachment>(uploads.Count);
        foreach (var upload in uploads)
        {
            var file = await FileUploads.ReadAsync(upload, Policy, ct);
            prepared.Add(new DisclosureAttachment
            {
                FileName = file.FileName,
                ContentType = file.ContentType,
                Size = file.Content.Length,
                Sha256 = file.Sha256,
                Content = file.Content,
                UploadedAt = now,
                UploadedBy = user.UserName,
            });
        }
        return prepared;
    }

    /// <summary>The disclosure whose files the caller changes: 404 when there is none, 403 out of reach.</summary>
    public async Task<Disclosure> LoadForEditAsync(Guid id, CancellationToken ct)
    {
        var disclosure = await db.Set<Disclosure>().Include(d => d.Unit).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DomainException.NotFound("Disclosure.NotFound");
        await scope.RequireAsync(disclosure.Unit!, Permission.Edit, ct);
        return disclosure;
    }
}
