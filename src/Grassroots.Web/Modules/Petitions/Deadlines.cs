using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions;

public enum DayKind
{
    /// <summary>"ngày": calendar days; a last day that is a day off runs to the next working day.</summary>
    CalendarDays,

    /// <summary>"ngày làm việc".</summary>
    WorkingDays,
}

public enum DeadlineRuleId
{
    HandleLetter,
    AcceptComplaint,
    ResolveComplaint,
    ResolveSecondComplaint,
    CheckDenunciation,
    NotifyDenunciation,
    SettleDenunciation,
}

public enum DeadlineState
{
    Running,
    Paused,
    Met,
    Missed,
    Cancelled,
}

/// <summary>A legal limit as data: how long, counted how, from which event, under which article (LEGAL.md).</summary>
public sealed record DeadlineRule(DeadlineRuleId Id, DayKind DayKind, string StartEventKey, string CitationKey, int MaxExtensions, int ExtensionDays)
{
    /// <summary>The limit for this letter: complex matters and remote areas get the longer ones the law gives.</summary>
    public Func<bool, bool, int> Days { get; init; } = (_, _) => 0;
}

/// <summary>The legal clock of the petitions module. Every limit a letter runs against is one of these rows.</summary>
public static class DeadlineRules
{
    public static readonly IReadOnlyDictionary<DeadlineRuleId, DeadlineRule> All = new Dictionary<DeadlineRuleId, DeadlineRule>
    {
        // Sort and handle a received letter: 10 days (TT 05/2021/TT-TTCP; kind of day to verify).
        [DeadlineRuleId.HandleLetter] = new(DeadlineRuleId.HandleLetter, DayKind.CalendarDays, "Deadline.Start.Received", "Deadline.Cite.TT05", 0, 0) { Days = (_, _) => 10 },
        // Accept a complaint within competence: 10 days from receipt (LKN Điều 27).
        [DeadlineRuleId.AcceptComplaint] = new(DeadlineRuleId.AcceptComplaint, DayKind.CalendarDays, "Deadline.Start.Received", "Deadline.Cite.LKN27", 0, 0) { Days = (_, _) => 10 },
        // Resolve a first complaint: 30 days from acceptance; complex 45; remote 45, remote complex 60 (LKN Điều 28).
        [DeadlineRuleId.ResolveComplaint] = new(DeadlineRuleId.ResolveComplaint, DayKind.CalendarDays, "Deadline.Start.Accepted", "Deadline.Cite.LKN28", 0, 0)
        {
            Days = (complex, remote) => (complex, remote) switch { (false, false) => 30, (true, false) => 45, (false, true) => 45, (true, true) => 60 },
        },
        // Resolve a second complaint: 45; complex 60; remote 60, remote complex 70 (LKN Điều 37).
        [DeadlineRuleId.ResolveSecondComplaint] = new(DeadlineRuleId.ResolveSecondComplaint, DayKind.CalendarDays, "Deadline.Start.Accepted", "Deadline.Cite.LKN37", 0, 0)
        {
            Days = (complex, remote) => (complex, remote) switch { (false, false) => 45, (true, false) => 60, (false, true) => 60, (true, true) => 70 },
        },
        // Check a denunciation before accepting it: 7 working days (LTC Điều 24; to verify).
        [DeadlineRuleId.CheckDenunciation] = new(DeadlineRuleId.CheckDenunciation, DayKind.WorkingDays, "Deadline.Start.Received", "Deadline.Cite.LTC24", 0, 0) { Days = (_, _) => 7 },
        // Notify the denouncer and the denounced of acceptance: 5 working days (LTC Điều 29).
        [DeadlineRuleId.NotifyDenunciation] = new(DeadlineRuleId.NotifyDenunciation, DayKind.WorkingDays, "Deadline.Start.Accepted", "Deadline.Cite.LTC29", 0, 0) { Days = (_, _) => 5 },
        // Settle a denunciation: 30 days from acceptance; complex one extension of ≤ 30, particularly complex two (LTC Điều 30).
        [DeadlineRuleId.SettleDenunciation] = new(DeadlineRuleId.SettleDenunciation, DayKind.CalendarDays, "Deadline.Start.Accepted", "Deadline.Cite.LTC30", 2, 30) { Days = (_, _) => 30 },
    };
}

/// <summary>
/// A limit running on one letter. The clock runs from <see cref="RunningSince"/>; a suspension banks the
/// days used so far in <see cref="UsedDays"/> and stops it; resuming starts it again. <see cref="DueOn"/>
/// is derived from those on the working calendar and recomputed when the calendar changes.
/// </summary>
public sealed class PetitionDeadline
{
    public long Id { get; set; }
    public Guid PetitionId { get; set; }
    public DeadlineRuleId Rule { get; set; }
    public DateOnly StartedOn { get; set; }
    public int LimitDays { get; set; }
    public int ExtensionDays { get; set; }
    public DateOnly? RunningSince { get; set; }
    public int UsedDays { get; set; }
    public DateOnly? DueOn { get; set; }
    public DeadlineState State { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>The day the daily job found it overdue (recorded once).</summary>
    public DateOnly? OverdueRecordedOn { get; set; }

    public DeadlineRule Definition => DeadlineRules.All[Rule];
}

internal sealed class PetitionDeadlineConfiguration : IEntityTypeConfiguration<PetitionDeadline>
{
    public void Configure(EntityTypeBuilder<PetitionDeadline> b)
    {
        // Covering: the queue's due-soon/overdue probes and the statistics' "resolved late" read only this index.
        b.HasIndex(d => new { d.State, d.DueOn, d.StartedOn, d.EndedOn, d.PetitionId });
        b.HasIndex(d => new { d.PetitionId, d.Rule });
    }
}

/// <summary>Starts, stops and explains the limits of a letter on the working calendar.</summary>
public sealed class LegalClock(WorkingCalendar calendar, IStringLocalizer<SharedResource> localizer)
{
    public async Task<PetitionDeadline> StartAsync(Petition petition, DeadlineRuleId ruleId, DateOnly on, bool isRemote, CancellationToken ct)
    {
        var rule = DeadlineRules.All[ruleId];
        var deadline = new PetitionDeadline
        {
            PetitionId = petition.Id,
            Rule = ruleId,
            StartedOn = on,
            LimitDays = rule.Days(petition.IsComplex, isRemote),
            RunningSince = on,
            State = DeadlineState.Running,
        };
        deadline.DueOn = await DueAsync(deadline, ct);
        petition.Deadlines.Add(deadline);
        return deadline;
    }

    public async Task<DateOnly> DueAsync(PetitionDeadline d, CancellationToken ct)
    {
        var from = d.RunningSince ?? throw new InvalidOperationException("A paused clock has no due date.");
        var remaining = Math.Max(0, d.LimitDays + d.ExtensionDays - d.UsedDays);
        return d.Definition.DayKind switch
        {
            DayKind.WorkingDays => await calendar.AddWorkingDaysAsync(from, remaining, ct),
            DayKind.CalendarDays => await calendar.AddCalendarDaysAsync(from, remaining, ct),
        };
    }

    public static void Stop(PetitionDeadline d, DateOnly on, bool met)
    {
        d.State = met ? DeadlineState.Met : DeadlineState.Cancelled;
        d.EndedOn = on;
    }

    public async Task PauseAsync(PetitionDeadline d, DateOnly on, CancellationToken ct)
    {
        d.UsedDays += await CountAsync(d, d.RunningSince!.Value, on, ct);
        d.RunningSince = null;
        d.DueOn = null;
        d.State = DeadlineState.Paused;
    }

    public async Task ResumeAsync(PetitionDeadline d, DateOnly on, CancellationToken ct)
    {
        d.RunningSince = on;
        d.State = DeadlineState.Running;
        d.DueOn = await DueAsync(d, ct);
    }

    /// <summary>Recomputes a running limit (after an extension or a change of the calendar); true when the date moved.</summary>
    public async Task<bool> RecomputeAsync(PetitionDeadline d, CancellationToken ct)
    {
        if (d.State != DeadlineState.Running)
        {
            return false;
        }
        var due = await DueAsync(d, ct);
        var moved = due != d.DueOn;
        d.DueOn = due;
        return moved;
    }

    private async Task<int> CountAsync(PetitionDeadline d, DateOnly from, DateOnly to, CancellationToken ct) =>
        d.Definition.DayKind switch
        {
            DayKind.WorkingDays => await calendar.CountWorkingDaysAsync(from, to, ct),
            DayKind.CalendarDays => Math.Max(0, to.DayNumber - from.DayNumber),
        };

    /// <summary>"30 ngày kể từ ngày thụ lý 12/3/2024 theo Điều 28 Luật Khiếu nại → 11/4/2024".</summary>
    public string Explain(PetitionDeadline d)
    {
        var rule = d.Definition;
        var limit = d.LimitDays + d.ExtensionDays;
        var text = localizer["Deadline.Explain", limit, localizer[$"DayKind.{rule.DayKind}"].Value, localizer[rule.StartEventKey].Value,
            Text.Date(d.StartedOn), localizer[rule.CitationKey].Value, d.DueOn is { } due ? Text.Date(due) : localizer["Deadline.Paused"].Value].Value;
        if (d.ExtensionDays > 0)
        {
            text += " " + localizer["Deadline.Extended", d.ExtensionDays].Value;
        }
        if (d.UsedDays > 0 && d.State is DeadlineState.Running or DeadlineState.Paused)
        {
            text += " " + localizer["Deadline.SuspendedNote", d.UsedDays].Value;
        }
        return text;
    }
}
