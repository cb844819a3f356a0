using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Grassroots.Web.Platform.Ui;

/// <summary>
/// Reads a page's posted form before the antiforgery check does. That check turns a form it cannot read (a NUL byte, a
/// field over the 4 MiB limit) into a bare 400, and the error page, reading the same form again to bind its handler, could
/// not tell what happened (it answered 404). Read here, the failure reaches the exception handler, which names it on the
/// HTML error page: 400 "the form cannot be read" or 413 "too large" (<see cref="ProblemExceptionHandler.ToProblem"/>).
/// Runs after the request size limit a page declares (order 900) and before the antiforgery check (order 1000); never
/// on a request re-executed for the error page.
/// </summary>
public sealed class ReadFormFirst : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.HasFormContentType
            && http.Features.Get<IExceptionHandlerFeature>() is null
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
    }
}
