using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Grassroots.Web.Platform.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public const string CookieName = ".Grassroots.Culture";

    public static IServiceCollection AddGrassrootsLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<MergedResources>();
        services.AddSingleton<MergedStringLocalizer>();
        services.AddSingleton<IStringLocalizer<SharedResource>>(sp => sp.GetRequiredService<MergedStringLocalizer>());
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, MergedStringLocalizerFactory>();
        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, English];
            o.SupportedUICultures = [Vietnamese, English];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Vietnamese unless the user chose otherwise: ?lang=en, or the cookie set by the language switch.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
        return services;
    }

    public static string Localize(this IStringLocalizer localizer, string key, object?[] args)
    {
        var localizedArgs = args.Select(a => a is Enum e ? localizer[$"{e.GetType().Name}.{e}"].Value : a ?? "").ToArray();
        return localizedArgs.Length == 0 ? localizer[key].Value : localizer[key, localizedArgs].Value;
    }
}
