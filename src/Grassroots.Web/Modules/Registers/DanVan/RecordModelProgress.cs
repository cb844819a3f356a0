namespace Grassroots.Web.Modules.Registers.DanVan;

public sealed record RecogniseModelRequest(RecognitionLevel? Level, int? Year, string? DecisionNumber, DateOnly? DecidedOn);

public sealed record ReplicateModelRequest(string? UnitCode, DateOnly? StartedOn, string? Note);

/// <summary>
/// What happens to a model after it is registered: the year's emulation round recognises it (at the commune, district,
/// province or central level, by a decision), other units take it up (nhân rộng), and photos and files show it at work.
/// A recognition is given by a unit above or at the model's (Edit there), once a level a year.
/// </summary>
[Scoped]
public sealed class RecordModelProgress(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public static readonly UploadPolicy Evidence = new(ModelEvidence.MaxBytes, [FileKind.Jpg, FileKind.Jpeg, FileKind.Png, FileKind.Pdf], "Registers.EvidenceType");

    public const int MaxEvidence = 20;

    public async Task<DanVanModel> RecogniseAsync(Guid id, RecogniseModelRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.Level is { } l && Enum.IsDefined(l), "level", "Validation.Required")
            .Require(r.Year is { } y && y >= RegisterModel.FirstYear && y <= today.Year, "year", "Registers.YearRange")
            .Text(r.DecisionNumber, "decisionNumber", FieldLength.DocumentNumber)
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required")
            .Date(r.DecidedOn, "decidedOn")
            .ThrowIfInvalid();
        var model = await LoadAsync(id, Permission.Edit, ct);
        if (r.DecidedOn!.Value > today || r.DecidedOn.Value.Year < r.Year)
        {
            throw DomainException.Invalid("Registers.DecisionDay", Text.Date(r.DecidedOn.Value), r.Year);
        }
        if (r.Year < model.YearRegistered)
        {
            throw DomainException.Invalid("Registers.RecognisedBeforeRegistered", model.YearRegistered);
        }
        if (model.Recognitions.Any(x => x.Level == r.Level && x.Year == r.Year))
        {
            throw DomainException.Conflict("Registers.AlreadyRecognised", r.Year);
        }
        db.Add(new ModelRecognition
        {
            ModelId = model.Id, Level = r.Level!.Value, Year = r.Year!.Value, DecisionNumber = Text.Clean(r.DecisionNumber), DecidedOn = r.DecidedOn.Value,
        });
        await db.SaveChangesAsync(ct);
        return model;
    }

    public async Task<DanVanModel> ReplicateAsync(Guid id, ReplicateModelRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.StartedOn is not null, "startedOn", "Validation.Required")
            .Date(r.StartedOn, "startedOn")
            .Text(r.Note, "note", FieldLength.Line, required: false)
            .ThrowIfInvalid();
        var model = await LoadAsync(id, Permission.View, ct);
        var target = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (target.Id == model.UnitId)
        {
            throw DomainException.Invalid("Registers.ReplicateOwnUnit");
        }
        if (model.Replications.Any(x => x.UnitId == target.Id))
        {
            throw DomainException.Conflict("Registers.AlreadyReplicated", target.Name);
        }
        if (r.StartedOn!.Value > clock.VietnamToday() || r.StartedOn.Value.Year < model.YearRegistered)
        {
            throw DomainException.Invalid("Registers.ReplicationDay", Text.Date(r.StartedOn.Value));
        }
        db.Add(new ModelReplication { ModelId = model.Id, UnitId = target.Id, StartedOn = r.StartedOn.Value, Note = Text.CleanOrNull(r.Note) });
        AppDbContext.Touch(model);
        await db.SaveChangesAsync(ct);
        return model;
    }

    public async Task<List<ModelEvidence>> AttachAsync(Guid id, IReadOnlyCollection<IFormFile> files, CancellationToken ct = default)
    {
        var model = await LoadAsync(id, Permission.Edit, ct);
        if (files.Count == 0)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["file"] = ["Validation.Required"] },
            };
        }
        var count = await db.Set<ModelEvidence>().CountAsync(e => e.ModelId == id, ct);
        if (count + files.Count > MaxEvidence)
        {
            throw DomainException.Invalid("Registers.TooMuchEvidence", MaxEvidence);
        }
        var added = new List<ModelEvidence>();
        foreach (var file in files)
        {
            var upload = await FileUploads.ReadAsync(file, Evidence, ct);
            added.Add(new ModelEvidence
            {
                ModelId = model.Id, FileName = upload.FileName, ContentType = upload.ContentType, Size = upload.Content.Length, Sha256 = upload.Sha256,
                Content = upload.Content, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = user.UserName,
            });
        }
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added;
    }

    private async Task<DanVanModel> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var model = await db.Set<DanVanModel>().Include(m => m.Unit).Include(m => m.Recognitions).Include(m => m.Replications)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Registers.ModelNotFound");
        await scope.RequireAsync(model.Unit!, permission, ct);
        return model;
    }
}
