using System.Globalization;
using Grassroots.Web.Modules.Supervision.Voters;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>Voters' meetings in reach; a new one with the voters' petitions, each grouped and forwarded to the competent body.</summary>
public sealed class MeetingsModel(SupervisionReader reader, RecordVotersMeeting record, TimeProvider clock) : AppPageModel
{
    public const int PetitionRows = 5;

    public List<VotersMeetingDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> Addressees { get; private set; } = [];
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public DeputyLevel? Level { get; set; }
    [BindProperty] public string? Constituency { get; set; }
    [BindProperty] public string? Deputies { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public int? Attendance { get; set; }
    [BindProperty] public List<RecommendationRow> Petitions { get; set; } = [];

    public Task OnGetAsync(CancellationToken ct)
    {
        HeldOn = clock.VietnamToday();
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var m = await record.HandleAsync(new RecordVotersMeetingRequest(UnitCode, Level, Constituency, Deputies, HeldOn, Place, Attendance,
            RecommendationRow.Filled(Petitions)), ct);
        Flash = L["Supervision.MeetingRecorded"].Value;
        return Redirect($"/supervision/voters-meetings/{m.Id}");
    });

    /// <summary>More rows for petitions, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostRowsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Petitions.AddRange(RecommendationRow.Blank(PetitionRows));
        await LoadAsync(ct);
        return Page();
    }

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await reader.MeetingsAsync(null, null, null, ct);
        Units = await reader.RecordersAsync(ct);
        if (Units.Count == 0)
        {
            return;
        }
        Addressees = await reader.AddresseesAsync(ct);
        if (Petitions.Count < PetitionRows)
        {
            Petitions.AddRange(RecommendationRow.Blank(PetitionRows - Petitions.Count));
        }
    }
}
