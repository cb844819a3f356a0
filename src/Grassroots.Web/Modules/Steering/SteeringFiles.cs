namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// What the register's files and a task's evidence may be: PDF, Word, Excel, JPEG, PNG, judged by their bytes, at most
/// 20 MB; and the loads every use case of the module shares (404 when absent, 403 out of reach).
/// </summary>
[Scoped]
public sealed class SteeringFiles(AppDbContext db, UnitScope scope)
{
    public static readonly UploadPolicy Policy = new(SteeringDocument.MaxBytes,
        [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Jpg, FileKind.Jpeg, FileKind.Png], "Steering.FileType");

    public static string Accept => string.Join(",", Policy.Kinds.Select(k => k.Extension));

    public async Task<SteeringDocument> DocumentAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var d = await db.Set<SteeringDocument>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.DocumentNotFound");
        await scope.RequireAsync(d.Unit!, permission, ct);
        return d;
    }

    public async Task<SteeringTask> TaskAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var t = await db.Set<SteeringTask>().Include(x => x.AssigneeUnit).Include(x => x.OwnerUnit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.TaskNotFound");
        // The unit in charge reports on it; the committee that set it may too.
        if (!await scope.CanAsync(t.AssigneeUnit!, permission, ct) && !await scope.CanAsync(t.OwnerUnit!, Permission.Steer, ct))
        {
            throw DomainException.Forbidden("Auth.ForbiddenUnit", t.AssigneeUnit!.Name);
        }
        return t;
    }

    public async Task<SteeringInspection> InspectionAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var i = await db.Set<SteeringInspection>().Include(x => x.Unit).Include(x => x.Units).ThenInclude(u => u.Unit)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Steering.InspectionNotFound");
        await scope.RequireAsync(i.Unit!, permission, ct);
        return i;
    }

    public async Task<SteeringPlan> PlanAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var p = await db.Set<SteeringPlan>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.PlanNotFound");
        await scope.RequireAsync(p.Unit!, permission, ct);
        return p;
    }

    /// <summary>A unit of the committee's subtree, by code: refused (400, naming the field) when it lies outside it.</summary>
    public async Task<Unit> InSubtreeAsync(Unit owner, string? code, string field, CancellationToken ct)
    {
        var c = Text.Clean(code);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == c, ct)
            ?? throw DomainException.Invalid("Steering.UnitNotFound", c);
        if (!unit.IsInSubtreeOf(owner.Path))
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Steering.OutsideSubtree", unit.Name, owner.Name)
            {
                FieldErrors = new Dictionary<string, string[]> { [field] = ["Steering.OutsideSubtreeField"] },
            };
        }
        return unit;
    }

    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken ct) =>
        file is null ? null : await FileUploads.ReadAsync(file, Policy, ct);
}
