namespace Grassroots.Web.Modules.AuditLog;

/// <summary>The audit log, read by administrators (it is written by the platform's data layer).</summary>
public sealed class AuditLogModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapAuditApi());
        module.Nav(Pillar.Administration, "/audit", "Nav.Audit", Permission.ViewAudit, order: 4);
    }
}
