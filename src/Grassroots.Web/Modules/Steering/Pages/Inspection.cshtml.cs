using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>A concluding notice's item as the form holds it.</summary>
public sealed class ItemRow
{
    public string? Text { get; set; }
    public string? AssigneeUnitCode { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>An inspection: the findings at each unit, then the concluding notice whose items become tasks.</summary>
public sealed class InspectionModel(SteeringReader reader, UnitScope scope, RecordFindings findings, IssueConcludingNotice conclude, TimeProvider clock)
    : AppPageModel
{
    public const int ItemRows = 5;

    public InspectionDto? Inspection { get; private set; }
    public List<TaskDto> Items { get; private set; } = [];
    public bool CanSteer { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public string? FindingsUnit { get; set; }
    [BindProperty] public string? Findings { get; set; }
    [BindProperty] public IssuingBody? IssuingBody { get; set; } = Steering.IssuingBody.SteeringCommittee;
    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Conclusions { get; set; }
    [BindProperty] public List<ItemRow> Rows { get; set; } = [];

    public Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Rows = Enumerable.Range(0, ItemRows).Select(_ => new ItemRow()).ToList();
        return LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostFindingsAsync(Guid id, CancellationToken ct) => Act(id, async () =>
    {
        await findings.HandleAsync(id, FindingsUnit ?? "", new RecordFindingsRequest(Findings), ct);
        Flash = L["Steering.FindingsSaved"].Value;
    });

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) => Act(id, async () =>
    {
        // Rows left blank are not items; a row with a unit or a date but no text is an empty item, refused.
        var items = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Text) || r.DueOn is not null)
            .Select(r => (ConclusionItemRequest?)new ConclusionItemRequest(r.Text, r.AssigneeUnitCode, r.DueOn)).ToList();
        var notice = await conclude.HandleAsync(id, new IssueConcludingNoticeRequest(IssuingBody, IssuedOn, SignerName, SignerTitle, Summary, Conclusions, items), ct);
        Flash = L["Steering.NoticeIssued", notice.NumberAndSymbol!].Value;
    });

    private Task<IActionResult> Act(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/steering/inspections/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Inspection = await reader.InspectionAsync(id, ct);
        CanSteer = await scope.CanAsync(await scope.RequireAsync(Inspection.UnitCode, Permission.View, ct), Permission.Steer, ct);
        if (Inspection.NoticeId is { } notice)
        {
            Items = await reader.TasksAsync(new TaskFilter(), noticeId: notice, ct: ct);
        }
        IssuedOn ??= clock.VietnamToday();
        Summary ??= $"Kết luận của Ban Chỉ đạo về kết quả {Inspection.Title.ToLowerInvariant()}";
        while (Rows.Count < ItemRows)
        {
            Rows.Add(new ItemRow());
        }
    }
}
