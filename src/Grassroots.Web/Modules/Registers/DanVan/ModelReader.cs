using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Registers.DanVan;

public sealed record RecognitionDto(RecognitionLevel Level, int Year, string DecisionNumber, DateOnly DecidedOn);

public sealed record ReplicationDto(string UnitCode, string UnitName, DateOnly StartedOn, string? Note);

public sealed record EvidenceDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record ModelDto(Guid Id, string UnitCode, string UnitName, string Name, ModelField Field, string Description, string StartedBy, int YearRegistered,
    int Recognitions, int Replications, RecognitionLevel? HighestLevel, int Version);

/// <summary>A model as the unit's portal lists it.</summary>
public sealed record PortalModel(Guid Id, string Name, ModelField Field, int YearRegistered, string UnitName);

public sealed record ModelDetail(ModelDto Model, IReadOnlyList<RecognitionDto> Recognitions, IReadOnlyList<ReplicationDto> Replications, IReadOnlyList<EvidenceDto> Evidence);

/// <summary>Every list and view of the "Dân vận khéo" models: officers' within their reach, the public's through the portal.</summary>
public sealed class ModelReader(AppDbContext db, UnitScope scope, IStringLocalizer<SharedResource> localizer)
{
    public async Task<RegisterPage<ModelDto>> ListAsync(RegisterFilter filter, ModelField? field, CancellationToken ct)
    {
        filter.Validate();
        var query = await scope.ListAsync(db.Set<DanVanModel>().AsNoTracking(), m => m.Unit!.Path, filter.Unit, Permission.View, ct);
        if (filter.From is { } from)
        {
            query = query.Where(m => m.YearRegistered >= from.Year);
        }
        if (filter.To is { } to)
        {
            query = query.Where(m => m.YearRegistered <= to.Year);
        }
        if (field is { } f)
        {
            query = query.Where(m => m.Field == f);
        }
        return await RegisterPage<ModelDto>.ReadAsync(Project(query.OrderByDescending(m => m.YearRegistered).ThenBy(m => m.Name)), filter.Page,
            rows => Task.FromResult(rows), ct);
    }

    public async Task<ModelDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var m = await Project(db.Set<DanVanModel>().AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Registers.ModelNotFound");
        await scope.RequireAsync(m.UnitCode, Permission.View, ct);
        return await DetailAsync(m, ct);
    }

    /// <summary>A model on its unit's portal page: found only under the unit (or a unit above it) that holds it.</summary>
    public async Task<ModelDetail> PublicAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Registers.ModelNotFound");
        var m = await Project(db.Set<DanVanModel>().AsNoTracking().Where(x => x.Id == id && x.Unit!.Path.StartsWith(unit.Path))).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Registers.ModelNotFound");
        return await DetailAsync(m, ct);
    }

    /// <summary>The models of a unit and the units below it, newest first, for its portal page.</summary>
    public async Task<List<PortalModel>> PortalAsync(string unitCode, int take, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct);
        if (unit is null)
        {
            return [];
        }
        return await db.Set<DanVanModel>().AsNoTracking().Where(m => m.Unit!.Path.StartsWith(unit.Path))
            .OrderByDescending(m => m.YearRegistered).ThenBy(m => m.Name).Take(take)
            .Select(m => new PortalModel(m.Id, m.Name, m.Field, m.YearRegistered, m.Unit!.Name)).ToListAsync(ct);
    }

    public async Task<FileContent> EvidenceAsync(Guid id, Guid evidenceId, bool isPublic, string? unitCode, CancellationToken ct)
    {
        _ = isPublic ? await PublicAsync(unitCode ?? "", id, ct) : await GetAsync(id, ct);
        var e = await db.Set<ModelEvidence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == evidenceId && x.ModelId == id, ct)
            ?? throw DomainException.NotFound("Registers.EvidenceNotFound");
        return new FileContent(e.FileName, e.ContentType, e.Content);
    }

    public async Task<FileContent> RegisterAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var rows = await Project((await scope.ListAsync(db.Set<DanVanModel>().AsNoTracking(), m => m.Unit!.Path, u.Code, Permission.View, ct))
            .Where(m => m.YearRegistered <= t.Year).OrderBy(m => m.YearRegistered).ThenBy(m => m.Name)).ToListAsync(ct);
        var n = 0;
        return Spreadsheet.Register(new RegisterHeading("mo-hinh-dan-van-kheo", u.Name, u.Code, f, t, L("Registers.Models.Sheet"), L("Registers.Models.RegisterTitle"),
                localizer["Registers.PeriodLine", Text.Date(f), Text.Date(t)].Value, L("Registers.Empty")),
            [new(L("Registers.Col.No"), 6), new(L("Registers.Col.Name"), 40), new(L("Registers.Col.Unit"), 24), new(L("Registers.Col.Field"), 24),
             new(L("Registers.Col.StartedBy"), 28), new(L("Registers.Col.Year"), 8), new(L("Registers.Col.Level"), 16), new(L("Registers.Col.Recognitions"), 10),
             new(L("Registers.Col.Replications"), 10)],
            rows.Select(m => new object?[]
            {
                ++n, m.Name, m.UnitName, L($"ModelField.{m.Field}"), m.StartedBy, m.YearRegistered,
                m.HighestLevel is { } l ? L($"RecognitionLevel.{l}") : "", m.Recognitions, m.Replications,
            }).ToList());
    }

    private async Task<ModelDetail> DetailAsync(ModelDto m, CancellationToken ct)
    {
        var recognitions = await db.Set<ModelRecognition>().AsNoTracking().Where(r => r.ModelId == m.Id).OrderBy(r => r.Year).ThenBy(r => r.Level)
            .Select(r => new RecognitionDto(r.Level, r.Year, r.DecisionNumber, r.DecidedOn)).ToListAsync(ct);
        var replications = await db.Set<ModelReplication>().AsNoTracking().Where(r => r.ModelId == m.Id).OrderBy(r => r.StartedOn)
            .Select(r => new ReplicationDto(r.Unit!.Code, r.Unit.Name, r.StartedOn, r.Note)).ToListAsync(ct);
        var evidence = await db.Set<ModelEvidence>().AsNoTracking().Where(e => e.ModelId == m.Id).OrderBy(e => e.UploadedAt)
            .Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size)).ToListAsync(ct);
        return new ModelDetail(m, recognitions, replications, evidence);
    }

    private static IQueryable<ModelDto> Project(IQueryable<DanVanModel> query) => query.Select(m => new ModelDto(m.Id, m.Unit!.Code, m.Unit.Name, m.Name, m.Field,
        m.Description, m.StartedBy, m.YearRegistered, m.Recognitions.Count, m.Replications.Count,
        m.Recognitions.OrderByDescending(r => r.Level).Select(r => (RecognitionLevel?)r.Level).FirstOrDefault(), m.Version));

    private string L(string key) => localizer[key].Value;
}
