
namespace Grassroots.Web.Modules.Disclosure.Contracts;

public sealed record PortalDisclosure(Guid Id, string Title, string Category, string Article, DateOnly PostedFrom, DateOnly? PostedTo, int Attachments = 0);

public sealed record PortalAttachment(Guid Id, string FileName, string ContentType, long Size);

public sealed record PortalDisclosureDetail(Guid Id, string UnitCode, string UnitName, string Title, string Body, string Category, string Article,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo)
{
    public IReadOnlyList<PortalAttachment> Attachments { get; init; } = [];
}

public sealed record PortalFile(string FileName, string ContentType, byte[] Content);

/// <summary>What the public portal shows of a unit's disclosures: only those published on the portal, with their files.</summary>
public sealed class PortalDisclosures(AppDbContext db)
{
    public async Task<List<PortalDisclosure>> ListAsync(string unitCode, int take, CancellationToken ct)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var rows = await db.Set<Disclosure>().AsNoTracking().Where(d => d.UnitId == unitId)
            .OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).Take(take * 3)
            .Select(d => new { d.Id, d.Title, d.Forms, Category = d.Category!.Name, d.Category.Article, d.PostedFrom, d.PostedTo, Files = d.Attachments.Count })
            .ToListAsync(ct);
        return rows.Where(d => d.Forms.HasFlag(DisclosureForms.Portal)).Take(take)
            .Select(d => new PortalDisclosure(d.Id, d.Title, d.Category, d.Article, d.PostedFrom, d.PostedTo, d.Files)).ToList();
    }

    public async Task<PortalDisclosureDetail> GetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var d = await db.Set<Disclosure>().AsNoTracking().Where(x => x.Id == id && x.Unit!.Code == unitCode)
            .Select(x => new PortalDisclosureDetail(x.Id, x.Unit!.Code, x.Unit.Name, x.Title, x.Body, x.Category!.Name, x.Category.Article, x.Forms, x.PostedFrom, x.PostedTo))
            .FirstOrDefaultAsync(ct);
        if (d is null || !d.Forms.HasFlag(DisclosureForms.Portal))
        {
            throw DomainException.NotFound("Disclosure.NotFound");
        }
        var files = await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => a.DisclosureId == id).OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ThenBy(a => a.Id)
            .Select(a => new PortalAttachment(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        return d with { Attachments = files };
    }

    /// <summary>A file of a disclosure published on the portal; 404 for anything else, so nothing unpublished can be fetched by guessing.</summary>
    public async Task<PortalFile> ReadAttachmentAsync(string unitCode, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var file = await db.Set<DisclosureAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DisclosureId == id && a.Disclosure!.Unit!.Code == unitCode)
            .Select(a => new { a.FileName, a.ContentType, a.Content, a.Disclosure!.Forms })
            .FirstOrDefaultAsync(ct);
        return file is not null && file.Forms.HasFlag(DisclosureForms.Portal)
            ? new PortalFile(file.FileName, file.ContentType, file.Content)
            : throw DomainException.NotFound("Attachment.NotFound");
    }
}
