namespace Grassroots.Web.Modules.Calendar.Pages;

/// <summary>The year's days off, a working-day calculator, and (for national administrators) the year's decisions.</summary>
public sealed class CalendarIndexModel(WorkingCalendar calendar, SetOverride overrides, UnitScope scope, UnitDirectory units, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    /// <summary>The month the grid shows (1–12): this month in this year, January in another.</summary>
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }

    public DateOnly Today { get; private set; }
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

    /// <summary>The weeks of the month, Monday first; days of the months around it are null.</summary>
    public IReadOnlyList<DateOnly?[]> Weeks()
    {
        var first = new DateOnly(Year!.Value, Month!.Value, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7; // Monday 0 … Sunday 6
        var days = Enumerable.Repeat<DateOnly?>(null, lead)
            .Concat(Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(i => (DateOnly?)first.AddDays(i))).ToList();
        while (days.Count % 7 != 0)
        {
            days.Add(null);
        }
        return days.Chunk(7).ToList();
    }

    /// <summary>The address of the month before or after (<paramref name="step"/> −1 or +1), across the year's end.</summary>
    public string MonthUrl(int step)
    {
        var month = new DateOnly(Year!.Value, Month!.Value, 1).AddMonths(step);
        return $"/calendar?year={month.Year}&month={month.Month}#month-grid";
    }

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.VietnamToday();
        Year = Math.Clamp(Year ?? Date?.Year ?? Today.Year, PublicHolidays.FirstYear, PublicHolidays.LastYear);
        Month = Math.Clamp(Month ?? (Year == Today.Year ? Today.Month : 1), 1, 12);
        Calendar = await calendar.YearAsync(Year.Value, ct);
        CanManage = await scope.CanAsync(await units.FindAsync(Unit.RootCode, ct), Permission.ManageCalendar, ct);
    }
}
