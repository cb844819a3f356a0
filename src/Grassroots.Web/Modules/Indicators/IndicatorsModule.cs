namespace Grassroots.Web.Modules.Indicators;

/// <summary>Indicators: the catalogue the modules declare, entered values, figures rolled up through the tree, spreadsheet import and the dashboard.</summary>
public sealed class IndicatorsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapIndicatorsApi());
        module.Nav(Pillar.Reports, "/indicators", "Nav.Indicators", Permission.View, order: 1);
        module.Nav(Pillar.Reports, "/dashboard", "Nav.Dashboard", Permission.View, order: 3);
    }
}
