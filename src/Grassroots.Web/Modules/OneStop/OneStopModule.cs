namespace Grassroots.Web.Modules.OneStop;

/// <summary>
/// Public service quality at the one-stop offices (bộ phận một cửa): the dossier statistics of the province's one-stop
/// software imported as it exports them (or computed from its dossier list), the rates computed as the rules compute them,
/// rolled up through the tree and the 2025 lineage, and the dashboard of overdue dossiers and the online share. Its
/// figures replace the one-stop indicators the units used to type.
/// </summary>
public sealed class OneStopModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapOneStopApi());
        module.Nav(Pillar.Reports, "/onestop", "Nav.OneStop", Permission.View, order: 2);
    }
}
