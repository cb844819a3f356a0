using Grassroots.Web.Modules.Conventions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>
/// Village conventions (hương ước, quy ước — NĐ61; L10 Điều 15 matter 3): drafts posted for comments through Consultations,
/// votes through Decisions, adoption and signatures, the file to the commune and its recognition on the working calendar,
/// the text in force and its amendments.
/// </summary>
public static class ConventionsModule
{
    public static IServiceCollection AddConventions(this IServiceCollection services)
    {
        services.AddScoped<ConventionClock>();
        services.AddScoped<RunConvention>();
        services.AddScoped<ConventionReader>();
        services.AddScoped<ConventionDocument>();
        services.AddScoped<PortalConventions>();
        services.AddScoped<ConventionLinks>();
        return services;
    }

    public static RouteGroupBuilder MapConventions(this RouteGroupBuilder api) => api.MapConventionsApi();
}
