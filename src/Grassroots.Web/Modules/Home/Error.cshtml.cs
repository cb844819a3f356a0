using Microsoft.AspNetCore.Diagnostics;

namespace Grassroots.Web.Modules.Home;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The request's correlation id, which the officer can give the operator to find its log lines.</summary>
    public string Reference => HttpContext.CorrelationId();

    public void OnGet(int? status) => Build(status);

    public void OnPost(int? status) => Build(status);

    private void Build(int? status)
    {
        // A refusal caught by the exception handler carries its own status and localized message.
        if (HttpContext.Items[nameof(ProblemDetails)] is ProblemDetails problem)
        {
            Status = problem.Status ?? 400;
            Message = problem.Detail;
        }
        else
        {
            // A bare status re-executed here (a POST whose form could not be bound, say) keeps its own code, whatever the
            // route value bound to.
            Status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
                ?? status
                ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? 500 : 404);
        }
        Response.StatusCode = Status;
    }
}
