using Grassroots.Web.Modules.Steering.Contracts;

namespace Grassroots.Web.Modules.Steering;

/// <summary>The register and the tasks as a report cites them (<see cref="ISteeringRecords"/>).</summary>
public sealed class SteeringRecords(AppDbContext db) : ISteeringRecords
{
    public const int MaxLines = 60;

    public async Task<IReadOnlyList<string>> CitationsAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var documents = await db.Set<SteeringDocument>().AsNoTracking()
            .Where(d => d.UnitId == unit.Id && d.Status == DocumentStatus.Issued && d.IssuedOn >= from && d.IssuedOn <= to && d.Kind != DocumentKind.Report)
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Number).Take(MaxLines).ToListAsync(ct);
        return documents.Select(d => SteeringReader.Cite(d, unit)!).ToList();
    }

    public async Task<IReadOnlyList<OpenTaskLine>> OpenTasksAsync(Unit unit, DateOnly dueBy, CancellationToken ct = default) =>
        await db.Set<SteeringTask>().AsNoTracking()
            .Where(t => t.OwnerUnitId == unit.Id && t.State == TaskState.Open && t.DueOn <= dueBy)
            .OrderBy(t => t.DueOn).ThenBy(t => t.AssigneeUnit!.Code).Take(MaxLines)
            .Select(t => new OpenTaskLine(t.Title, t.AssigneeUnit!.Name, t.DueOn)).ToListAsync(ct);
}
