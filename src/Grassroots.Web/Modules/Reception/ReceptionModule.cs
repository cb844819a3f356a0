namespace Grassroots.Web.Modules.Reception;

/// <summary>Citizen reception (tiếp công dân): sessions, visits, the head's schedule and the reception figures.</summary>
public static class ReceptionModule
{
    public static IServiceCollection AddReception(this IServiceCollection services)
    {
        services.AddScoped<RecordReception>();
        services.AddScoped<ReceptionSchedule>();
        services.AddScoped<ReceptionStatistics>();
        services.AddScoped<Export.ExportReceptionLog>();
        services.AddScoped<Contracts.IReceptionFigures>(sp => sp.GetRequiredService<ReceptionStatistics>());
        services.AddScoped<Indicators.Contracts.IIndicatorSource, ReceptionIndicatorSource>();
        return services;
    }

    public static RouteGroupBuilder MapReception(this RouteGroupBuilder api) => api.MapReceptionApi();
}
