namespace Grassroots.Web.Modules.Disclosure;

public sealed record DisclosureDto(Guid Id, string UnitCode, string UnitName, int CategoryId, int CategoryNumber, string Category, string Title, string Body,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo, int LoudspeakerDays, ComplianceState State, string Citation)
{
    public DisclosureAudience Audience { get; init; }
    public IReadOnlyList<DisclosureAttachmentDto> Attachments { get; init; } = [];
}

public sealed record DisclosureAttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTime UploadedAt, string? UploadedBy);

/// <summary>Which disclosures a list shows: those in the caller's reach, of a unit's subtree, first posted in a period.</summary>
public sealed record DisclosureFilter(string? Unit = null, DateOnly? From = null, DateOnly? To = null, int Take = 200);

/// <summary>A page of disclosures: <see cref="Size"/> rows of <see cref="Total"/>.</summary>
public sealed record DisclosurePage(IReadOnlyList<DisclosureDto> Rows, int Page, int Total)
{
    public const int Size = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>One disclosure as its officers see it: with its category, and whether they may change its files.</summary>
public sealed record DisclosureView(DisclosureDto Item, DisclosureCategory Category, bool CanEdit);

/// <summary>A unit that may publish, with the catalogue its kind answers to.</summary>
public sealed record PublishingUnit(string Code, string Name, DisclosureAudience Audience);

public sealed record PortalDisclosure(Guid Id, string Title, string Category, string Article, DateOnly PostedFrom, DateOnly? PostedTo, int Attachments = 0);

public sealed record PortalAttachment(Guid Id, string FileName, string ContentType, long Size);

public sealed record PortalDisclosureDetail(Guid Id, string UnitCode, string UnitName, string Title, string Body, string Category, string Article,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo)
{
    public IReadOnlyList<PortalAttachment> Attachments { get; init; } = [];
}

/// <summary>
/// Every list and view of disclosures, for the API and the pages alike: officers' within their reach, the public's only
/// what was published on the portal (a file or a disclosure that was not is not found, so nothing can be fetched by guessing).
/// </summary>
public sealed class DisclosureReader(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<List<DisclosureDto>> ListAsync(DisclosureFilter filter, CancellationToken ct)
    {
        var rows = await (await FilteredAsync(filter, ct)).Take(filter.Take).ToListAsync(ct);
        return await ToDtosAsync(rows, ct);
    }

    /// <summary>A page of the list (<see cref="DisclosurePage.Size"/> rows, newest first), with how many there are in all.</summary>
    public async Task<DisclosurePage> PageAsync(DisclosureFilter filter, int page, CancellationToken ct)
    {
        var query = await FilteredAsync(filter, ct);
        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + DisclosurePage.Size - 1) / DisclosurePage.Size));
        var rows = await query.Skip((page - 1) * DisclosurePage.Size).Take(DisclosurePage.Size).ToListAsync(ct);
        return new DisclosurePage(await ToDtosAsync(rows, ct), page, total);
    }

    private async Task<IQueryable<Disclosure>> FilteredAsync(DisclosureFilter filter, CancellationToken ct)
    {
        var query = await scope.ListAsync(db.Set<Disclosure>().AsNoTracking(), d => d.Unit!.Path, filter.Unit, ct: ct);
        if (filter.From is { } from)
        {
            query = query.Where(d => d.PostedFrom >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(d => d.PostedFrom <= to);
        }
        return query.Include(d => d.Unit).Include(d => d.Category).OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id);
    }

    public async Task<DisclosureDto> GetAsync(Guid id, CancellationToken ct) => (await LoadAsync(id, ct)).Item;

    public async Task<DisclosureView> ViewAsync(Guid id, CancellationToken ct)
    {
        var (item, disclosure) = await LoadAsync(id, ct);
        return new DisclosureView(item, disclosure.Category!, await scope.CanAsync(disclosure.Unit!, Permission.Edit, ct));
    }

    /// <summary>The catalogues, or one audience's, in the law's order.</summary>
    public async Task<List<DisclosureCategory>> CategoriesAsync(DisclosureAudience? audience, CancellationToken ct)
    {
        var query = db.Set<DisclosureCategory>().AsNoTracking();
        if (audience is { } a)
        {
            query = query.Where(c => c.Audience == a);
        }
        return (await query.ToListAsync(ct)).OrderBy(c => c.Audience).ThenBy(c => c.Number).ThenBy(c => c.Id).ToList();
    }

    /// <summary>The catalogues are national: whoever manages the root unit changes them.</summary>
    public async Task<bool> CanEditCataloguesAsync(CancellationToken ct) =>
        await scope.CanAsync(await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct), Permission.ManageUnits, ct);

    /// <summary>The units in the caller's reach that publish, each with its kind's catalogue.</summary>
    public async Task<List<PublishingUnit>> PublishingUnitsAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var units = await (await scope.VisibleUnitsAsync(Permission.Edit, ct)).AsNoTracking()
            .Where(u => u.ValidTo == null || u.ValidTo > today)
            .OrderBy(u => u.Path).Select(u => new { u.Code, u.Name, u.Kind }).Take(2 * UnitPicker.Limit).ToListAsync(ct);
        return units.Where(u => DisclosureCatalogue.AudienceOf(u.Kind) is not null)
            .Select(u => new PublishingUnit(u.Code, u.Name, DisclosureCatalogue.AudienceOf(u.Kind)!.Value)).Take(UnitPicker.Limit).ToList();
    }

    public async Task<List<DisclosureAttachmentDto>> AttachmentsAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return (await FilesOfAsync([id], ct)).GetValueOrDefault(id) ?? [];
    }

    public async Task<FileContent> FileAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => a.Id == attachmentId && a.DisclosureId == id)
                .Select(a => new FileContent(a.FileName, a.ContentType, a.Content)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
    }

    /// <summary>What a unit published on its portal, newest first.</summary>
    public async Task<List<PortalDisclosure>> PublishedAsync(string unitCode, int take, CancellationToken ct)
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

    public async Task<PortalDisclosureDetail> PublishedOneAsync(string unitCode, Guid id, CancellationToken ct)
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

    public async Task<FileContent> PublishedFileAsync(string unitCode, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var file = await db.Set<DisclosureAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DisclosureId == id && a.Disclosure!.Unit!.Code == unitCode)
            .Select(a => new { a.FileName, a.ContentType, a.Content, a.Disclosure!.Forms })
            .FirstOrDefaultAsync(ct);
        return file is not null && file.Forms.HasFlag(DisclosureForms.Portal)
            ? new FileContent(file.FileName, file.ContentType, file.Content)
            : throw DomainException.NotFound("Attachment.NotFound");
    }

    private async Task<(DisclosureDto Item, Disclosure Disclosure)> LoadAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Set<Disclosure>().AsNoTracking().Include(x => x.Unit).Include(x => x.Category).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Disclosure.NotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return ((await ToDtosAsync([d], ct))[0], d);
    }

    /// <summary>Disclosures with their unit and category loaded, and their files listed in one query.</summary>
    private async Task<List<DisclosureDto>> ToDtosAsync(IReadOnlyList<Disclosure> rows, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var files = await FilesOfAsync(rows.Select(d => d.Id).ToList(), ct);
        return rows.Select(d =>
        {
            var check = DisclosureRules.Check(d.Category!, d.PostedFrom, d.PostedTo, d.Forms, d.LoudspeakerDays, today);
            return new DisclosureDto(d.Id, d.Unit!.Code, d.Unit.Name, d.CategoryId, d.Category!.Number, d.Category.Name, d.Title, d.Body, d.Forms, d.PostedFrom,
                d.PostedTo, d.LoudspeakerDays, check.State, d.Category.Article)
            {
                Audience = d.Category.Audience,
                Attachments = files.GetValueOrDefault(d.Id) ?? [],
            };
        }).ToList();
    }

    /// <summary>The files of several disclosures at once, without their bytes, oldest first.</summary>
    private async Task<Dictionary<Guid, List<DisclosureAttachmentDto>>> FilesOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => ids.Contains(a.DisclosureId))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ThenBy(a => a.Id)
            .Select(a => new { a.DisclosureId, Dto = new DisclosureAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DisclosureId).ToDictionary(g => g.Key, g => g.Select(r => r.Dto).ToList());
    }
}
