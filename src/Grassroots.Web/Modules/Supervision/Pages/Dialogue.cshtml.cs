using System.Globalization;
using Grassroots.Web.Modules.Supervision.Dialogues;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>A dialogue: the issues raised and the head's commitments with their answers; the day its results were published.</summary>
public sealed class DialogueModel(SupervisionReader reader, UnitScope scope, PublishDialogueResults publish, TimeProvider clock) : AppPageModel
{
    public DialogueDto Dialogue { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public DateOnly? PublishedOn { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        return SaveThenGoAsync(() => publish.HandleAsync(id, new PublishResultsRequest(PublishedOn), ct), "Supervision.ResultsPublished", $"/supervision/dialogues/{id}");
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Dialogue = await reader.DialogueAsync(id, ct);
        CanEdit = await scope.CanAsync(await scope.RequireAsync(Dialogue.UnitCode, Permission.View, ct), Permission.Edit, ct);
    }
}
