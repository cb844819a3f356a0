namespace Grassroots.Web.Kernel;

/// <summary>The kernels every module stands on: the unit tree with its lineage and scope, and the working calendar.</summary>
public static class KernelSetup
{
    public static IServiceCollection AddKernels(this IServiceCollection services)
    {
        services.AddScoped<UnitScope>();
        services.AddScoped<UnitLineage>();
        services.AddScoped<UnitPicker>();
        services.AddScoped<UnitDirectory>();
        services.AddMemoryCache();
        services.AddScoped<WorkingCalendar>();
        services.AddScoped<LegalClock>();
        services.AddScoped<Platform.Modules.IStartupTask, NewDatabase>();
        return services;
    }
}
