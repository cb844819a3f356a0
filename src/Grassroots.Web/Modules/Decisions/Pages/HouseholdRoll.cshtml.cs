using Grassroots.Web.Modules.Decisions.Households;
using Grassroots.Web.Modules.Decisions.YearEnd;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>A community's household roll, its representatives' accounts and its year-end meetings, kept by the commune.</summary>
public sealed class HouseholdRollModel(UnitPicker picker, DecisionReader reader, AddHousehold add, OpenRepresentativeAccount openAccount,
    UnlinkRepresentativeAccount unlink, PlanYearEndMeeting plan, InviteToYearEndMeeting invite, HoldYearEndMeeting hold, TimeProvider clock) : AppPageModel
{
    public List<UnitOption> Communities { get; private set; } = [];
    public string? Unit { get; private set; }
    public IReadOnlyList<HouseholdDto> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public IReadOnlyList<YearEndMeetingDto> Meetings { get; private set; } = [];
    public int ThisYear => clock.VietnamToday().Year;

    public Task OnGetAsync(string? unit, CancellationToken ct) => LoadAsync(unit, ct);

    public Task<IActionResult> OnPostAsync(string? unit, string? number, string? representativeName, string? address, CancellationToken ct) =>
        Act(unit, () => add.HandleAsync(unit, new HouseholdRequest(number, representativeName, address), ct));

    public Task<IActionResult> OnPostAccountAsync(string? unit, Guid householdId, string? userName, string? password, string? phoneNumber, CancellationToken ct) =>
        Act(unit, () => openAccount.HandleAsync(householdId, new RepresentativeAccountRequest(userName, password, phoneNumber), ct));

    public Task<IActionResult> OnPostUnlinkAsync(string? unit, Guid householdId, CancellationToken ct) =>
        Act(unit, () => unlink.HandleAsync(householdId, ct));

    public Task<IActionResult> OnPostPlanAsync(string? unit, int? year, DateOnly? plannedOn, string? place, CancellationToken ct) =>
        Act(unit, () => plan.HandleAsync(unit, new PlanMeetingRequest(year, plannedOn, place), ct));

    public Task<IActionResult> OnPostInviteAsync(string? unit, Guid id, DateOnly? sentOn, CancellationToken ct) =>
        Act(unit, () => invite.HandleAsync(id, new InviteRequest(sentOn), ct));

    public Task<IActionResult> OnPostHoldAsync(string? unit, Guid id, DateOnly? heldOn, int? householdsPresent, string? minutes, CancellationToken ct) =>
        Act(unit, () => hold.HandleAsync(id, new HoldMeetingRequest(heldOn, householdsPresent, minutes), ct));

    private Task<IActionResult> Act(string? unit, Func<Task> action)
    {
        Unit = unit;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/decisions/households?unit={Uri.EscapeDataString(unit ?? "")}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(Unit, HttpContext.RequestAborted);

    private async Task LoadAsync(string? unit, CancellationToken ct)
    {
        Communities = await picker.OptionsAsync(Permission.View, UnitPick.Communities, aliveOnly: true, ct: ct);
        Unit = unit ?? Communities.FirstOrDefault()?.Code;
        if (Unit is null)
        {
            return;
        }
        var roll = await reader.RollAsync(Unit, ct);
        (CanEdit, Items, Meetings) = (roll.CanEdit, roll.Households, roll.Meetings);
    }
}
