namespace Grassroots.Web.Modules.Steering;

/// <summary>Attaches (or replaces) the file of a document of the register: judged by its bytes, at most 20 MB.</summary>
public sealed class AttachDocumentFile(AppDbContext db, SteeringFiles files)
{
    public async Task<SteeringDocument> HandleAsync(Guid id, IFormFile? file, CancellationToken ct = default)
    {
        if (file is null)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["file"] = ["Validation.Required"] },
            };
        }
        var upload = (await SteeringFiles.ReadAsync(file, ct))!;
        var d = await files.DocumentAsync(id, Permission.Steer, ct);
        (d.FileName, d.ContentType, d.FileSize, d.Sha256, d.Content) = (upload.FileName, upload.ContentType, upload.Content.Length, upload.Sha256, upload.Content);
        await db.SaveChangesAsync(ct);
        return d;
    }
}
