namespace Grassroots.Web.Modules.Steering;

public sealed record RecordFindingsRequest(string? Findings);

/// <summary>What the team found at one unit it inspected; refused once the concluding notice is issued (409).</summary>
public sealed class RecordFindings(AppDbContext db, SteeringFiles files)
{
    public async Task<SteeringInspection> HandleAsync(Guid inspectionId, string unitCode, RecordFindingsRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Findings, "findings", FieldLength.LongText).ThrowIfInvalid();
        var inspection = await files.InspectionAsync(inspectionId, Permission.Steer, ct);
        if (inspection.NoticeId is not null)
        {
            throw DomainException.Conflict("Steering.InspectionConcluded");
        }
        var code = Text.Clean(unitCode);
        var visited = inspection.Units.FirstOrDefault(u => u.Unit!.Code == code)
            ?? throw DomainException.NotFound("Steering.NotInspected", code);
        visited.Findings = Text.Clean(r.Findings);
        await db.SaveChangesAsync(ct);
        return inspection;
    }
}
