using Grassroots.Web.Modules.Disclosure.Contracts;

namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// Public disclosure (công khai, L10 Điều 11–14): the catalogues of what communes, agencies and enterprises must disclose,
/// disclosures with their files, and their compliance.
/// </summary>
public static class DisclosureModule
{
    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.AddScoped<PublishDisclosure>();
        services.AddScoped<AttachDisclosureFile>();
        services.AddScoped<EditCategory>();
        services.AddScoped<DisclosureCompliance>();
        services.AddScoped<PortalDisclosures>();
        return services;
    }

    public static RouteGroupBuilder MapDisclosure(this RouteGroupBuilder api) => api.MapDisclosureApi();
}
