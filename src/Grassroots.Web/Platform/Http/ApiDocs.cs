using System.Text;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// The page of the API documentation (/api/docs), Swagger UI's own bundle and styles under the site's
/// Content-Security-Policy. Swashbuckle's page draws the standalone layout, whose top bar logo is an SVG carrying a
/// style element the policy refuses; this page starts Swagger UI from wwwroot/js/api-docs.js in its base layout (the
/// description and the operations, without the top bar). The %(…) placeholders are Swashbuckle's.
/// </summary>
public static class ApiDocs
{
    public const string RoutePrefix = "api/docs";

    public const string Document = "/openapi/v1.json";

    private const string Page = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="UTF-8">
            <title>%(DocumentTitle)</title>
            <link rel="stylesheet" type="text/css" href="%(StylesPath)">
            <link rel="stylesheet" type="text/css" href="./index.css">
            <link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32" />
            <link rel="icon" type="image/png" href="./favicon-16x16.png" sizes="16x16" />
        </head>
        <body>
            <div id="swagger-ui" data-url="{Document}"></div>
            <script src="%(ScriptBundlePath)" charset="utf-8"></script>
            <script src="/js/api-docs.js" charset="utf-8"></script>
        </body>
        </html>
        """;

    public static Stream Index() => new MemoryStream(Encoding.UTF8.GetBytes(Page), writable: false);
}
