namespace Grassroots.Web.Modules.AuditLog;

/// <summary>The audit log, read by administrators (it is written by the platform's data layer).</summary>
public static class AuditLogModule
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<AuditQuery>();

    public static RouteGroupBuilder MapAuditLog(this RouteGroupBuilder api) => api.MapAuditApi();
}
