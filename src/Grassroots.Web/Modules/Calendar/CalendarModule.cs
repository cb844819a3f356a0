namespace Grassroots.Web.Modules.Calendar;

/// <summary>The working calendar: Vietnamese holidays (solar and lunar), the year's decisions, working-day arithmetic.</summary>
public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<WorkingCalendar>();
        services.AddScoped<SetOverride>();
        return services;
    }

    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api) => api.MapCalendarApi();
}
