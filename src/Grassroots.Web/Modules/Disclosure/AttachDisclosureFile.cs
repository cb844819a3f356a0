using Grassroots.Web.Platform.Files;

namespace Grassroots.Web.Modules.Disclosure;

public sealed record DisclosureAttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTime UploadedAt, string? UploadedBy);

public sealed record DisclosureFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The files of a disclosure: officers of the unit add and remove them, whoever may see the disclosure downloads them.
/// PDF, Word (.docx), Excel (.xlsx), JPEG and PNG, judged by their own bytes (<see cref="FileUploads"/>), at most
/// 20 MB each and 10 a disclosure; a refused file refuses the whole request and nothing is saved.
/// </summary>
public sealed class AttachDisclosureFile(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
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

    public async Task<List<DisclosureAttachmentDto>> AddAsync(Guid disclosureId, IReadOnlyCollection<IFormFile> uploads, CancellationToken ct)
    {
        if (uploads.Count == 0)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["file"] = ["Validation.Required"] },
            };
        }
        var disclosure = await LoadAsync(disclosureId, Permission.Edit, tracked: true, ct);
        var existing = await db.Set<DisclosureAttachment>().CountAsync(a => a.DisclosureId == disclosure.Id, ct);
        var added = await PrepareAsync(uploads, existing, ct);
        foreach (var attachment in added)
        {
            attachment.Disclosure = disclosure;
            db.Add(attachment);
        }
        await db.SaveChangesAsync(ct);
        return added.Select(ToDto).ToList();
    }

    public async Task<List<DisclosureAttachmentDto>> ListAsync(Guid disclosureId, CancellationToken ct)
    {
        await LoadAsync(disclosureId, Permission.View, tracked: false, ct);
        var byDisclosure = await ListOfAsync(db, [disclosureId], ct);
        return byDisclosure.GetValueOrDefault(disclosureId) ?? [];
    }

    public async Task<DisclosureFile> ReadAsync(Guid disclosureId, Guid attachmentId, CancellationToken ct)
    {
        await LoadAsync(disclosureId, Permission.View, tracked: false, ct);
        return await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => a.Id == attachmentId && a.DisclosureId == disclosureId)
                .Select(a => new DisclosureFile(a.FileName, a.ContentType, a.Content)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
    }

    /// <summary>A file published by mistake comes off the disclosure; the audit log keeps its name, size and hash.</summary>
    public async Task RemoveAsync(Guid disclosureId, Guid attachmentId, CancellationToken ct)
    {
        var disclosure = await LoadAsync(disclosureId, Permission.Edit, tracked: true, ct);
        var found = await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => a.Id == attachmentId && a.DisclosureId == disclosureId)
                .Select(a => new { a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy }).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
        // The bytes are not read only to be deleted: the row is removed by its key, its other columns kept for the audit log.
        var attachment = new DisclosureAttachment
        {
            Id = attachmentId,
            DisclosureId = disclosureId,
            Disclosure = disclosure,
            FileName = found.FileName,
            ContentType = found.ContentType,
            Size = found.Size,
            Sha256 = found.Sha256,
            Content = [],
            UploadedAt = found.UploadedAt,
            UploadedBy = found.UploadedBy,
        };
        db.Attach(attachment);
        db.Remove(attachment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The files of several disclosures at once, without their bytes, oldest first.</summary>
    public static async Task<Dictionary<Guid, List<DisclosureAttachmentDto>>> ListOfAsync(AppDbContext db, IReadOnlyCollection<Guid> disclosureIds, CancellationToken ct)
    {
        if (disclosureIds.Count == 0)
        {
            return [];
        }
        var rows = await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => disclosureIds.Contains(a.DisclosureId))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ThenBy(a => a.Id)
            .Select(a => new { a.DisclosureId, Dto = new DisclosureAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DisclosureId).ToDictionary(g => g.Key, g => g.Select(r => r.Dto).ToList());
    }

    private async Task<Disclosure> LoadAsync(Guid id, Permission permission, bool tracked, CancellationToken ct)
    {
        var query = db.Set<Disclosure>().Include(d => d.Unit).AsQueryable();
        var disclosure = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DomainException.NotFound("Disclosure.NotFound");
        await scope.RequireAsync(disclosure.Unit!, permission, ct);
        return disclosure;
    }

    private static DisclosureAttachmentDto ToDto(DisclosureAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy);
}
