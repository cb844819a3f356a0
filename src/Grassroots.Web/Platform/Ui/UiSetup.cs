using Grassroots.Web.Platform.Localization;
using Microsoft.AspNetCore.Localization;

namespace Grassroots.Web.Platform.Ui;

public static class UiSetup
{
    public static IServiceCollection AddGrassrootsUi(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
            {
                // Pages live in their module's folder (Modules/<Module>/Pages) and declare absolute routes.
                o.RootDirectory = "/Modules";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Accounts/Pages/Login");
                o.Conventions.AllowAnonymousToPage("/Home/Error");
                o.Conventions.AllowAnonymousToPage("/Petitions/Pages/PublicSubmit");
                o.Conventions.AllowAnonymousToPage("/Petitions/Pages/PublicTrack");
                o.Conventions.AllowAnonymousToPage("/Reception/Pages/PublicSchedule");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddAntiforgery(o => o.Cookie.Name = ".Grassroots.Antiforgery");
        // Like the sign-in cookie (AuthSetup): only over HTTPS in Production, as the request came elsewhere (tests, a
        // developer's machine over plain HTTP). The flash messages' TempData cookie too.
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IHostEnvironment>((o, environment) =>
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>().Configure<IHostEnvironment>((o, environment) =>
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempDataProvider>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new DefinedEnumBinderProvider());
            o.Filters.Add(new ReadFormFirst());
        });
        return services;
    }

    public static WebApplication MapGrassrootsUi(this WebApplication app)
    {
        app.MapRazorPages();
        // The language switch: remembers the choice in a cookie and goes back where the user was.
        app.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext http, TimeProvider clock) =>
        {
            var chosen = culture == LocalizationSetup.English.Name ? LocalizationSetup.English : LocalizationSetup.Vietnamese;
            http.Response.Cookies.Append(LocalizationSetup.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
            // Only a path of this site: "//host" and "/\host" are other sites to a browser.
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'))
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
