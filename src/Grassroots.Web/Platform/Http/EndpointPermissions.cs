namespace Grassroots.Web.Platform.Http;

/// <summary>
/// Declares what an API endpoint asks of the caller, and on which unit. The handler enforces it through
/// <see cref="UnitScope"/>; a test enumerates every endpoint and fails on one that declares nothing.
/// </summary>
public sealed record RequiresPermission(Permission Permission, string UnitFrom);

public static class EndpointPermissions
{
    /// <summary>The unit is named by the route (e.g. {code}), the body, or the query; "scope" filters a list to the caller's reach.</summary>
    public static TBuilder Requires<TBuilder>(this TBuilder builder, Permission permission, string unitFrom) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresPermission(permission, unitFrom));
}
