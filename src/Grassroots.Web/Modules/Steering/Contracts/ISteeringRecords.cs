namespace Grassroots.Web.Modules.Steering.Contracts;

/// <summary>A task still open, as a report's "nhiệm vụ trọng tâm" lists it.</summary>
public sealed record OpenTaskLine(string Title, string AssigneeName, DateOnly DueOn);

/// <summary>
/// What a unit's periodic report cites and drafts from the steering records (Reports uses it): the documents its own bodies
/// issued in the period, as footnotes cite them, and the open tasks its committee gave, due by the end of the next period.
/// </summary>
public interface ISteeringRecords
{
    Task<IReadOnlyList<string>> CitationsAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default);

    Task<IReadOnlyList<OpenTaskLine>> OpenTasksAsync(Unit unit, DateOnly dueBy, CancellationToken ct = default);
}
