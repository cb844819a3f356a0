using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>A form row of the committee: a current member (kept unless unticked) or a new one.</summary>
public sealed class MemberRow
{
    public string? PersonName { get; set; }
    public string? JobTitle { get; set; }
    public CommitteeRole? Role { get; set; }
    public string? Responsibility { get; set; }
    public string? AreaUnitCode { get; set; }
    /// <summary>Ticked: the person is in the committee after the change (an unticked box is not sent, so the default is false).</summary>
    public bool Keep { get; set; }
}

/// <summary>A unit's steering committee: its members, its re-organisations with their decisions, its meetings; the forms to change them.</summary>
public sealed class IndexModel(SteeringReader reader, UnitPicker picker, UnitScope scope, ReorganiseCommittee reorganise, RecordCommitteeMeeting meeting,
    TimeProvider clock) : AppPageModel
{
    public const int BlankRows = 3;

    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> Areas { get; private set; } = [];
    public List<DocumentDto> Decisions { get; private set; } = [];
    public List<DocumentDto> Rules { get; private set; } = [];
    public CommitteeDto? Committee { get; private set; }
    public bool CanSteer { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid? DecisionId { get; set; }
    [BindProperty] public Guid? RulesDocumentId { get; set; }
    [BindProperty] public DateOnly? EffectiveOn { get; set; }
    [BindProperty] public List<MemberRow> Members { get; set; } = [];
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? Conclusions { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Name = Committee?.Name;
        Members = (Committee?.Members ?? []).Select(m => new MemberRow
        {
            PersonName = m.PersonName, JobTitle = m.JobTitle, Role = m.Role, Responsibility = m.Responsibility, AreaUnitCode = m.AreaUnitCode, Keep = true,
        }).ToList();
        Members.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MemberRow()));
        RulesDocumentId = Committee?.RulesDocumentId;
    }

    public Task<IActionResult> OnPostReorganiseAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var rows = Members.Where(m => m.Keep && !string.IsNullOrWhiteSpace(m.PersonName))
            .Select(m => (CommitteeMemberRequest?)new CommitteeMemberRequest(m.PersonName, m.JobTitle, m.Role, m.Responsibility, m.AreaUnitCode)).ToList();
        await reorganise.HandleAsync(Unit ?? "", new ReorganiseCommitteeRequest(Name, DecisionId, EffectiveOn, rows, RulesDocumentId), ct);
        Flash = L["Steering.Reorganised"];
        return Redirect($"/steering?unit={Uri.EscapeDataString(Unit ?? "")}");
    });

    public Task<IActionResult> OnPostMeetingAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await meeting.HandleAsync(Unit ?? "", new RecordCommitteeMeetingRequest(HeldOn, Place, Chair, Minutes, Conclusions), ct);
        Flash = L["Steering.MeetingRecorded"];
        return Redirect($"/steering?unit={Uri.EscapeDataString(Unit ?? "")}#meetings");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit = Units.Any(u => u.Code == Unit) ? Unit : Units.FirstOrDefault()?.Code;
        if (Unit is null)
        {
            return;
        }
        var unit = await scope.RequireAsync(Unit, Permission.View, ct);
        CanSteer = await scope.CanAsync(unit, Permission.Steer, ct);
        Committee = await reader.CommitteeAsync(Unit, ct);
        var id = unit.Id;
        Areas = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, also: u => u.ParentId == id, ct: ct);
        var issued = await reader.IssuedOfUnitAsync(Unit, null, ct);
        Decisions = issued.Where(d => d.Kind == DocumentKind.Decision).ToList();
        Rules = issued.Where(d => d.Kind is DocumentKind.Decision or DocumentKind.Guidance or DocumentKind.Notice).ToList();
    }
}
