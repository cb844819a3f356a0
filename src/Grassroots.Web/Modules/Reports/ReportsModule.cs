namespace Grassroots.Web.Modules.Reports;

/// <summary>Periodic reports: templates, periods, each unit's report through its workflow, consolidation and export.</summary>
public sealed class ReportsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.Job<ReminderJob>("0 30 7 * * ?"); // every day at 07:30
        module.MapApi(api => api.MapReportsApi());
        module.Nav(Pillar.Reports, "/reports", "Nav.Reports", Permission.View, order: 2);
    }
}
