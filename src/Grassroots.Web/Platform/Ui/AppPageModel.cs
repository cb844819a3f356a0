using Grassroots.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Platform.Ui;

/// <summary>Pages call use cases through <see cref="RunAsync"/>: a refusal becomes a message on the form and nothing is saved.</summary>
public abstract class AppPageModel : PageModel
{
    protected IStringLocalizer L => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    [TempData]
    public string? Flash { get; set; }

    /// <summary>The status of the refusal <see cref="RunAsync"/> turned into form messages (400, 413...), if any.</summary>
    protected int? RefusalStatus { get; private set; }

    protected async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, string fieldPrefix = "")
    {
        try
        {
            return await action();
        }
        catch (DomainException e) when (e.Status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
        {
            RefusalStatus = e.Status;
            if (e.FieldErrors.Count == 0)
            {
                ModelState.AddModelError("", L.Localize(e.MessageKey, e.Arguments));
            }
            foreach (var (field, keys) in e.FieldErrors)
            {
                foreach (var key in keys)
                {
                    var label = FieldLabels.Of(L, field);
                    ModelState.AddModelError(fieldPrefix + Pascal(field), L.Localize(key, [label]));
                }
            }
            await OnRefusedAsync();
            return Page();
        }
    }

    /// <summary>A form's usual end: the use case runs; done, <paramref name="doneKey"/> is flashed and the browser goes to <paramref name="url"/>; refused, the form shows why.</summary>
    protected Task<IActionResult> SaveThenGoAsync(Func<Task> action, string doneKey, string url) => RunAsync(async () =>
    {
        await action();
        Flash = L[doneKey].Value;
        return Redirect(url);
    });

    /// <summary>Reload what the page shows beside the form after a refusal.</summary>
    protected virtual Task OnRefusedAsync() => Task.CompletedTask;

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
