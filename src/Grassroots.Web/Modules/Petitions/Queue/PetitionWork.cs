using Grassroots.Web.Modules.Home.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Queue;

/// <summary>
/// The letters waiting on the landing page ("Việc của tôi"): overdue, due within <see cref="PetitionQueue.SoonWorkingDays"/>
/// working days, and received but not yet sorted. Each is counted by the queue itself with the inbox's own filter and links to
/// that filter, so the count is the inbox's total; over every unit the caller reaches (a province's head: the whole province).
/// </summary>
public sealed class PetitionWork(PetitionQueue queue, UnitScope scope, IStringLocalizer<SharedResource> localizer) : IMyWorkSource, IMyDeadlines
{
    public string TitleKey => "MyWork.Petitions";

    /// <summary>
    /// Each open letter's nearest running limit, for the officer's calendar: named by its tracking code and kind, never by its
    /// content or the person who wrote it (a calendar is often kept by another company's app).
    /// </summary>
    public async Task<IReadOnlyList<MyWorkDetail>> DeadlinesAsync(int max, CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.View, ct))
        {
            return [];
        }
        return (await queue.RunningLimitsAsync(max, ct))
            .Select(l => new MyWorkDetail(localizer["MyWork.Petitions.Letter", l.TrackingCode, localizer[$"PetitionKind.{l.Kind}"]].Value, $"/petitions/{l.Id}", l.DueOn))
            .ToList();
    }

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.View, ct))
        {
            return null;
        }
        var overdue = await queue.CountAsync(new QueueFilter(null, null, null, DueFilter.Overdue), ct);
        var soon = await queue.CountAsync(new QueueFilter(null, null, null, DueFilter.Soon), ct);
        var unsorted = await queue.CountAsync(new QueueFilter(null, PetitionStatus.Received, null), ct);
        return new MyWorkGroup("petitions", 10, "MyWork.Petitions",
        [
            new("petitions-overdue", overdue, "/petitions?due=Overdue", "MyWork.Petitions.Overdue", "MyWork.Petitions.OverdueNone", Urgent: overdue > 0),
            new("petitions-soon", soon, "/petitions?due=Soon", "MyWork.Petitions.Soon", "MyWork.Petitions.SoonNone"),
            new("petitions-unsorted", unsorted, "/petitions?status=Received", "MyWork.Petitions.Unsorted", "MyWork.Petitions.UnsortedNone"),
        ]);
    }
}
