using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Kernel.Calendar;

/// <summary>How a legal limit counts its days (docs/legal.md, "Counting days").</summary>
public enum DayKind
{
    /// <summary>"ngày": calendar days; a last day that is a day off runs to the next working day (Bộ luật Dân sự Điều 148).</summary>
    CalendarDays,

    /// <summary>"ngày làm việc".</summary>
    WorkingDays,
}

/// <summary>What a limit asks.</summary>
public enum LimitKind
{
    /// <summary>The step must be done by the last day of the period ("trong thời hạn 10 ngày").</summary>
    Deadline,

    /// <summary>The next step may happen only once the whole period has passed ("ít nhất 30 ngày").</summary>
    Minimum,
}

/// <summary>What about a case makes the law give it another limit (each one named in the explanation).</summary>
[Flags]
public enum Circumstances
{
    None = 0,

    /// <summary>Vụ việc phức tạp.</summary>
    Complex = 1,

    /// <summary>Vùng sâu, vùng xa, đi lại khó khăn.</summary>
    RemoteArea = 2,

    /// <summary>Vụ việc đặc biệt phức tạp.</summary>
    ParticularlyComplex = 4,

    /// <summary>Phải kiểm tra, xác minh ở nhiều địa điểm.</summary>
    SeveralPlaces = 8,
}

/// <summary>Another limit the law gives when all of <see cref="When"/> hold (the most specific match wins).</summary>
public sealed record LegalVariant(Circumstances When, int Days);

/// <summary>How far a running limit may be extended: <see cref="Times"/> extensions of at most <see cref="Days"/> days, each allowed only when <see cref="Requires"/> holds.</summary>
public sealed record LegalExtension(int Times, int Days, Circumstances Requires = Circumstances.None)
{
    /// <summary>Extensions allowed for a case: the second one of a denunciation only when it is particularly complex (LTC Điều 30).</summary>
    public Func<Circumstances, int> Allowed { get; init; } = c => (c & Requires) == Requires ? Times : 0;
}

/// <summary>
/// A legal limit as data: how long, counted how, from which event, under which article and over which dates it is the
/// law, with the other limits the law gives in named circumstances and the extensions it allows. Every deadline of every
/// module is one of these, evaluated by <see cref="LegalClock"/>; <see cref="Id"/> is the rule's row in docs/legal.md.
/// <see cref="Citation"/> is a resource key of the article's name, or the name itself where it reads the same in both languages.
/// </summary>
public sealed record LegalRule(string Id, int Days, DayKind DayKind, LimitKind Kind, string StartEventKey, string Citation)
{
    /// <summary>The first day the rule is the law (null: since before the records).</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>The first day it no longer is (exclusive; null: still in force).</summary>
    public DateOnly? InForceTo { get; init; }

    public IReadOnlyList<LegalVariant> Variants { get; init; } = [];

    public LegalExtension? Extension { get; init; }

    /// <summary>The explanation's wording when the rule's own reads better than the general one (same arguments).</summary>
    public string? ExplainKey { get; init; }

    /// <summary>Whether the clock stops while the case is suspended (tạm đình chỉ) and runs on with the days left when it resumes.</summary>
    public bool Suspendable { get; init; }

    public bool AppliesOn(DateOnly date) => (InForceFrom is null || InForceFrom <= date) && (InForceTo is null || date < InForceTo);

    /// <summary>The limit for a case and the circumstances that chose it (none when the base limit applies).</summary>
    public (int Days, Circumstances Reasons) LimitFor(Circumstances circumstances)
    {
        var best = Variants.Where(v => (circumstances & v.When) == v.When)
            .OrderByDescending(v => System.Numerics.BitOperations.PopCount((uint)v.When)).FirstOrDefault();
        return best is null ? (Days, Circumstances.None) : (best.Days, best.When);
    }
}

/// <summary>A rule applied to one case: when it started, its limit and why, and the day it falls due (or from which the next step may happen).</summary>
public sealed record LegalDeadline(LegalRule Rule, DateOnly StartedOn, int Days, Circumstances Reasons, DateOnly DueOn, string Explanation);

/// <summary>
/// The one legal clock: every module's limits are counted and explained here, on the working calendar. The day of the
/// start event is not counted (Bộ luật Dân sự Điều 147); a limit in calendar days whose last day is a day off runs to
/// the next working day (Điều 148); a minimum period has passed at the end of its last day, so the next step may come
/// the day after.
/// </summary>
public sealed class LegalClock(WorkingCalendar calendar, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The version of a rule that is the law on <paramref name="date"/> (the date of the event that starts it).</summary>
    public static LegalRule InForce(IEnumerable<LegalRule> versions, DateOnly date) =>
        versions.SingleOrDefault(r => r.AppliesOn(date))
            ?? throw new InvalidOperationException($"No version of the rule is in force on {date:yyyy-MM-dd}.");

    /// <summary>The last day of a period of <paramref name="days"/> counted from <paramref name="from"/> (not counted).</summary>
    public async Task<DateOnly> EndOfPeriodAsync(DayKind kind, DateOnly from, int days, CancellationToken ct = default) => kind switch
    {
        DayKind.WorkingDays => await calendar.AddWorkingDaysAsync(from, days, ct),
        DayKind.CalendarDays => await calendar.AddCalendarDaysAsync(from, days, ct),
    };

    /// <summary>The due day of a deadline, or the first day the next step may happen after a minimum period.</summary>
    public async Task<DateOnly> DueAsync(LegalRule rule, DateOnly from, int days, CancellationToken ct = default) => rule.Kind switch
    {
        LimitKind.Deadline => await EndOfPeriodAsync(rule.DayKind, from, days, ct),
        // "At least 30 days": the 30 days are the days after the posting, and the last of them must have passed.
        LimitKind.Minimum => rule.DayKind == DayKind.CalendarDays
            ? from.AddDays(days + 1)
            : (await calendar.AddWorkingDaysAsync(from, days, ct)).AddDays(1),
    };

    /// <summary>The rule applied to a case that started on <paramref name="from"/>.</summary>
    public async Task<LegalDeadline> StartAsync(LegalRule rule, DateOnly from, Circumstances circumstances = Circumstances.None, CancellationToken ct = default)
    {
        var (days, reasons) = rule.LimitFor(circumstances);
        var due = await DueAsync(rule, from, days, ct);
        return new LegalDeadline(rule, from, days, reasons, due, Explain(rule, days, reasons, from, due));
    }

    /// <summary>Days of the rule's kind after <paramref name="from"/> up to and including <paramref name="to"/> (the days a suspended clock had used).</summary>
    public async Task<int> CountAsync(DayKind kind, DateOnly from, DateOnly to, CancellationToken ct = default) => kind switch
    {
        DayKind.WorkingDays => await calendar.CountWorkingDaysAsync(from, to, ct),
        DayKind.CalendarDays => Math.Max(0, to.DayNumber - from.DayNumber),
    };

    /// <summary>"45 ngày (vụ việc phức tạp) kể từ ngày thụ lý 12/3/2024 theo Điều 28 Luật Khiếu nại → 26/4/2024".</summary>
    public string Explain(LegalRule rule, int days, Circumstances reasons, DateOnly from, DateOnly? due, int extensionDays = 0, int usedDays = 0)
    {
        var limit = localizer["Legal.Days", days, localizer[$"DayKind.{rule.DayKind}"].Value].Value;
        if (reasons != Circumstances.None)
        {
            var names = Enum.GetValues<Circumstances>().Where(c => c != Circumstances.None && reasons.HasFlag(c)).Select(c => localizer[$"Circumstances.{c}"].Value);
            limit += $" ({string.Join("; ", names)})";
        }
        var text = localizer[rule.ExplainKey ?? (rule.Kind == LimitKind.Minimum ? "Legal.ExplainMinimum" : "Legal.Explain"), limit, localizer[rule.StartEventKey].Value, Text.Date(from),
            localizer[rule.Citation].Value, due is { } d ? Text.Date(d) : localizer["Deadline.Paused"].Value].Value;
        if (extensionDays > 0)
        {
            text += " " + localizer["Deadline.Extended", extensionDays].Value;
        }
        if (usedDays > 0)
        {
            text += " " + localizer["Deadline.SuspendedNote", usedDays].Value;
        }
        return text;
    }
}
