namespace Grassroots.Web.Modules.Calendar.Pages;

/// <summary>The year's days off, a working-day calculator, and (for national administrators) the year's decisions.</summary>
public sealed class CalendarIndexModel(WorkingCalendar calendar, SetOverride overrides, UnitScope scope, UnitDirectory units, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? Days { get; set; }

    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public bool IsDayOff { get; set; } = true;
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Reference { get; set; }

    public CalendarYear Calendar { get; private set; } = null!;
    public DateOnly? Result { get; private set; }
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (From is { } from && Days is { } days)
        {
            await RunAsync(async () =>
            {
                if (days is < 0 or > WorkingCalendar.MaxDays || from.Year is < PublicHolidays.FirstYear or > PublicHolidays.LastYear - 11)
                {
                    throw DomainException.Invalid("Calendar.DaysOutOfRange");
                }
                Result = await calendar.AddWorkingDaysAsync(from, days, ct);
                return Page();
            });
        }
    }

    public Task<IActionResult> OnPostSetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (Date is null)
        {
            throw new DomainException(400, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["date"] = ["Validation.Required"] },
            };
        }
        await overrides.HandleAsync(Date.Value, new SetOverrideRequest(IsDayOff, Name, Reference), ct);
        TempData["Flash"] = L["Calendar.Saved"].Value;
        return RedirectToPage(new { year = Date.Value.Year });
    });

    public Task<IActionResult> OnPostRemoveAsync(DateOnly remove, CancellationToken ct) => RunAsync(async () =>
    {
        await overrides.RemoveAsync(remove, ct);
        TempData["Flash"] = L["Calendar.Removed"].Value;
        return RedirectToPage(new { year = remove.Year });
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = Math.Clamp(Year ?? Date?.Year ?? clock.VietnamToday().Year, PublicHolidays.FirstYear, PublicHolidays.LastYear);
        Calendar = await calendar.YearAsync(Year.Value, ct);
        CanManage = await scope.CanAsync(await units.FindAsync(Unit.RootCode, ct), Permission.ManageCalendar, ct);
    }
}
