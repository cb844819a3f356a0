using System.Globalization;
using Grassroots.Web.Modules.Supervision.Dialogues;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>Dialogues in reach; a new one with the issues raised (each to its addressee) and the head's commitments (each to its day).</summary>
public sealed class DialoguesModel(SupervisionReader reader, RecordDialogue record, TimeProvider clock) : AppPageModel
{
    public const int ItemRows = 3;

    public List<DialogueDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> Addressees { get; private set; } = [];
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public string? HeadTitle { get; set; }
    [BindProperty] public DialogueGroup? Group { get; set; }
    [BindProperty] public DateOnly? AnnouncedOn { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public int? Participants { get; set; }
    [BindProperty] public bool RequestedByVoters { get; set; }
    [BindProperty] public int? VotersAsking { get; set; }
    [BindProperty] public int? Voters { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public List<RecommendationRow> Issues { get; set; } = [];
    [BindProperty] public List<RecommendationRow> Commitments { get; set; } = [];

    public Task OnGetAsync(CancellationToken ct)
    {
        HeldOn = clock.VietnamToday();
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var d = await record.HandleAsync(new RecordDialogueRequest(UnitCode, HeadName, HeadTitle, Group, AnnouncedOn, HeldOn, Place, Participants,
            RequestedByVoters, Summary, RecommendationRow.Filled(Issues), RecommendationRow.Filled(Commitments), VotersAsking, Voters), ct);
        Flash = L["Supervision.DialogueRecorded"].Value;
        return Redirect($"/supervision/dialogues/{d.Id}");
    });

    /// <summary>More rows for issues and commitments, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostRowsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Issues.AddRange(RecommendationRow.Blank(ItemRows));
        Commitments.AddRange(RecommendationRow.Blank(ItemRows));
        await LoadAsync(ct);
        return Page();
    }

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await reader.DialoguesAsync(null, null, null, ct);
        Units = await reader.RecordersAsync(ct);
        if (Units.Count == 0)
        {
            return;
        }
        Addressees = await reader.AddresseesAsync(ct);
        if (Issues.Count < ItemRows)
        {
            Issues.AddRange(RecommendationRow.Blank(ItemRows - Issues.Count));
        }
        if (Commitments.Count < ItemRows)
        {
            Commitments.AddRange(RecommendationRow.Blank(ItemRows - Commitments.Count));
        }
    }
}
