using Grassroots.Web.Platform.Modules;
namespace Grassroots.Web.Modules.Indicators;

/// <summary>Indicators: the catalogue, entered values, figures rolled up through the tree, spreadsheet import and the dashboard.</summary>
public sealed class IndicatorsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<IndicatorFigures>();
        services.AddScoped<EnterIndicatorValues>();
        services.AddScoped<IndicatorWorkbook>();
        services.AddScoped<Contracts.IIndicatorFigures>(sp => sp.GetRequiredService<IndicatorFigures>());
        services.AddScoped<Contracts.IIndicatorWorkbook>(sp => sp.GetRequiredService<IndicatorWorkbook>());
        module.MapApi(api => api.MapIndicatorsApi());
        module.Nav(Pillar.Reports, "/indicators", "Nav.Indicators", Permission.View, order: 1);
        module.Nav(Pillar.Reports, "/dashboard", "Nav.Dashboard", Permission.View, order: 3);
    }
}
