namespace Grassroots.Web.Modules.Assessment.SelfAssessment;

/// <summary>
/// An evidence file (tài liệu kiểm chứng) for a criterion: PDF, a photo, a Word or Excel file, judged by its bytes, at most
/// 20 MB and ten a criterion; only while the unit may still change its self-assessment.
/// </summary>
public sealed class AttachEvidence(AppDbContext db, AssessmentLoader loader, CurrentUser user, TimeProvider clock)
{
    public const int MaxPerCriterion = 10;

    public static readonly UploadPolicy Policy = new(AssessmentEvidence.MaxBytes,
        [FileKind.Pdf, FileKind.Jpg, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx], "Assessment.EvidenceType");

    public async Task<AssessmentEvidence> HandleAsync(Guid id, Guid? criterionId, IFormFile? file, CancellationToken ct = default)
    {
        new Validation().Require(criterionId is not null, "criterionId", "Validation.Required").ThrowIfInvalid();
        var upload = await FileUploads.ReadAsync(file, Policy, ct);
        var a = await loader.ForUnitAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Open or AssessmentStatus.Returned))
        {
            throw DomainException.Conflict("Assessment.NotOpen");
        }
        var c = AssessmentLoader.Leaf(a, criterionId);
        if (await db.Set<AssessmentEvidence>().CountAsync(e => e.AssessmentId == id && e.CriterionId == c.Id, ct) >= MaxPerCriterion)
        {
            throw DomainException.Invalid("Assessment.TooManyFiles", MaxPerCriterion);
        }
        var evidence = new AssessmentEvidence
        {
            AssessmentId = a.Id, CriterionId = c.Id, FileName = upload.FileName, ContentType = upload.ContentType, Size = upload.Content.Length,
            Sha256 = upload.Sha256, Content = upload.Content, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = user.UserName,
        };
        db.Add(evidence);
        await db.SaveChangesAsync(ct);
        return evidence;
    }
}

/// <summary>Removes an evidence file while the self-assessment is open.</summary>
public sealed class RemoveEvidence(AppDbContext db, AssessmentLoader loader)
{
    public async Task HandleAsync(Guid id, Guid evidenceId, CancellationToken ct = default)
    {
        var a = await loader.ForUnitAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Open or AssessmentStatus.Returned))
        {
            throw DomainException.Conflict("Assessment.NotOpen");
        }
        var e = await db.Set<AssessmentEvidence>().FirstOrDefaultAsync(x => x.Id == evidenceId && x.AssessmentId == id, ct)
            ?? throw DomainException.NotFound("Assessment.EvidenceNotFound");
        db.Remove(e);
        await db.SaveChangesAsync(ct);
    }
}
