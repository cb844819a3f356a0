namespace Grassroots.Web.Modules.Indicators;

/// <summary>Indicators: the catalogue, entered values, figures rolled up through the tree, spreadsheet import and the dashboard.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddScoped<IndicatorFigures>();
        services.AddScoped<EnterIndicatorValues>();
        services.AddScoped<IndicatorWorkbook>();
        services.AddScoped<Contracts.IIndicatorFigures>(sp => sp.GetRequiredService<IndicatorFigures>());
        services.AddScoped<Contracts.IIndicatorWorkbook>(sp => sp.GetRequiredService<IndicatorWorkbook>());
        return services;
    }

    public static RouteGroupBuilder MapIndicators(this RouteGroupBuilder api) => api.MapIndicatorsApi();
}
