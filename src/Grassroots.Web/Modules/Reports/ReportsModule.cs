using Quartz;

namespace Grassroots.Web.Modules.Reports;

/// <summary>Periodic reports: templates, periods, each unit's report through its workflow, consolidation and export.</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportComposer>();
        services.AddScoped<ReportPeriods>();
        services.AddScoped<UnitReports>();
        services.AddScoped<ReportTemplates>();
        services.AddQuartz(q =>
        {
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key));
            // Every day at 07:30 in Vietnam (UTC+7 has no daylight saving: 00:30 UTC).
            q.AddTrigger(t => t.ForJob(ReminderJob.Key).WithCronSchedule("0 30 0 * * ?", c => c.InTimeZone(TimeZoneInfo.Utc)));
        });
        return services;
    }

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api) => api.MapReportsApi();
}
