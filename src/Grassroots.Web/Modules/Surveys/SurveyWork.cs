using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>
/// "Việc của tôi": the campaigns of the units the caller may edit whose period has ended but which are still open (to
/// close, so that the index is published), and the open ones whose period ends within seven days short of their sample.
/// </summary>
public sealed class SurveyWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.Edit, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var soon = today.AddDays(7);
        var open = await scope.FilterAsync(db.Set<SurveyCampaign>().AsNoTracking().Where(c => c.Status == CampaignStatus.Open), c => c.Unit!.Path, Permission.Edit, ct);
        var ended = await open.CountAsync(c => c.To < today, ct);
        var shortOfSample = await open.CountAsync(c => c.To >= today && c.To <= soon && c.Responses < c.TargetSample, ct);
        return new MyWorkGroup("surveys", 47, "MyWork.Surveys",
        [
            new("surveys-to-close", ended, "/surveys", "MyWork.Surveys.ToClose", "MyWork.Surveys.ToCloseNone", Urgent: ended > 0),
            new("surveys-short", shortOfSample, "/surveys", "MyWork.Surveys.Short", "MyWork.Surveys.ShortNone"),
        ]);
    }
}
