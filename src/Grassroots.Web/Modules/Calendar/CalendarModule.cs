namespace Grassroots.Web.Modules.Calendar;

/// <summary>The working calendar: Vietnamese holidays (solar and lunar), the year's decisions, working-day arithmetic.</summary>
public sealed class CalendarModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapCalendarApi());
        module.Nav(Pillar.Administration, "/calendar", "Nav.Calendar", Permission.View, order: 2);
    }
}
