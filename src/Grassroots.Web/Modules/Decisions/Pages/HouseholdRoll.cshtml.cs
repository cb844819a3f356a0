using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Decisions.Pages;

public sealed class HouseholdRollModel(UnitPicker picker, Households households, YearEndMeetings meetings, RepresentativeAccounts accounts, UnitScope scope, TimeProvider clock) : AppPageModel
{
    public List<UnitOption> Communities { get; private set; } = [];
    public string? Unit { get; private set; }
    public List<HouseholdDto> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public List<YearEndMeetingDto> Meetings { get; private set; } = [];
    public int ThisYear => clock.VietnamToday().Year;

    public Task OnGetAsync(string? unit, CancellationToken ct) => LoadAsync(unit, ct);

    public Task<IActionResult> OnPostAsync(string? unit, string? number, string? representativeName, string? address, CancellationToken ct)
    {
        Unit = unit;
        return RunAsync(async () =>
        {
            await households.AddAsync(unit, new HouseholdRequest(number, representativeName, address), ct);
            return Redirect($"/decisions/households?unit={Uri.EscapeDataString(unit ?? "")}");
        });
    }

    public Task<IActionResult> OnPostAccountAsync(string? unit, Guid householdId, string? userName, string? password, string? phoneNumber, CancellationToken ct) =>
        Act(unit, () => accounts.CreateAsync(householdId, new RepresentativeAccountRequest(userName, password, phoneNumber), ct));

    public Task<IActionResult> OnPostUnlinkAsync(string? unit, Guid householdId, CancellationToken ct) =>
        Act(unit, () => accounts.UnlinkAsync(householdId, ct));

    public Task<IActionResult> OnPostPlanAsync(string? unit, int? year, DateOnly? plannedOn, string? place, CancellationToken ct) =>
        Act(unit, () => meetings.PlanAsync(unit, new PlanMeetingRequest(year, plannedOn, place), ct));

    public Task<IActionResult> OnPostInviteAsync(string? unit, Guid id, DateOnly? sentOn, CancellationToken ct) =>
        Act(unit, () => meetings.InviteAsync(id, new InviteRequest(sentOn), ct));

    public Task<IActionResult> OnPostHoldAsync(string? unit, Guid id, DateOnly? heldOn, int? householdsPresent, string? minutes, CancellationToken ct) =>
        Act(unit, () => meetings.HoldAsync(id, new HoldMeetingRequest(heldOn, householdsPresent, minutes), ct));

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
        var today = clock.VietnamToday();
        Communities = await picker.OptionsAsync(Permission.View, UnitPick.Communities, aliveOnly: true, ct: ct);
        Unit = unit ?? Communities.FirstOrDefault()?.Code;
        if (Unit is null)
        {
            return;
        }
        var community = await households.RequireCommunityAsync(Unit, Permission.View, ct);
        CanEdit = await scope.CanAsync(community, Permission.Edit, ct);
        Items = await households.ListAsync(Unit, ct);
        Meetings = await meetings.ListAsync(Unit, ct);
    }
}
