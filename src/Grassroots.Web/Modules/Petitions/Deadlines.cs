using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Petitions;

public enum DeadlineRuleId
{
    HandleLetter,
    AcceptComplaint,
    ResolveComplaint,
    ResolveSecondComplaint,
    CheckDenunciation,
    NotifyDenunciation,
    SettleDenunciation,
    TransferDenunciation,
}

public enum DeadlineState
{
    Running,
    Paused,
    Met,
    Missed,
    Cancelled,
}

/// <summary>
/// The limits a letter runs against, as data on the one legal clock (Kernel/Calendar/LegalClock.cs); each row's id is
/// its row in docs/legal.md. Which version applies is chosen by the day the limit starts.
/// </summary>
public static class DeadlineRules
{
    /// <summary>
    /// Luật 136/2025/QH15 (passed 10/12/2025) amends the laws on citizen reception, complaints and denunciations from this
    /// day. A limit that starts before it keeps the old text's clock; one that starts on or after it runs under the
    /// amended text (docs/legal.md, <c>LTCD-KN-TC-2026</c>: the amended limits are not yet verified; the rows repeat the
    /// old limits until they are).
    /// </summary>
    public static readonly DateOnly Amendment2026 = new(2026, 7, 1);

    public static readonly IReadOnlyDictionary<DeadlineRuleId, IReadOnlyList<LegalRule>> All = new Dictionary<DeadlineRuleId, IReadOnlyList<LegalRule>>
    {
        // Sort and handle a received letter: 10 working days (Luật Tiếp công dân Điều 28 khoản 1, as the law issue reads it).
        [DeadlineRuleId.HandleLetter] = Dated(new("LTCD-28", 10, DayKind.WorkingDays, LimitKind.Deadline, "Deadline.Start.Received", "Deadline.Cite.LTCD28")),
        // Accept a complaint within competence: 10 days from receipt (LKN Điều 27).
        [DeadlineRuleId.AcceptComplaint] = Dated(new("LKN-27", 10, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.Received", "Deadline.Cite.LKN27")),
        // Resolve a first complaint: 30 days from acceptance; complex 45; remote 45, remote complex 60 (LKN Điều 28).
        [DeadlineRuleId.ResolveComplaint] = Dated(new("LKN-28", 30, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.Accepted", "Deadline.Cite.LKN28")
        {
            Variants = [new(Circumstances.Complex, 45), new(Circumstances.RemoteArea, 45), new(Circumstances.Complex | Circumstances.RemoteArea, 60)],
            Suspendable = true,
        }),
        // Resolve a second complaint: 45; complex 60; remote 60, remote complex 70 (LKN Điều 37).
        [DeadlineRuleId.ResolveSecondComplaint] = Dated(new("LKN-37", 45, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.Accepted", "Deadline.Cite.LKN37")
        {
            Variants = [new(Circumstances.Complex, 60), new(Circumstances.RemoteArea, 60), new(Circumstances.Complex | Circumstances.RemoteArea, 70)],
            Suspendable = true,
        }),
        // Check a denunciation before accepting it: 7 working days, 10 when several places must be checked (LTC Điều 24 khoản 1).
        [DeadlineRuleId.CheckDenunciation] = Dated(new("LTC-24-1", 7, DayKind.WorkingDays, LimitKind.Deadline, "Deadline.Start.Received", "Deadline.Cite.LTC24")
        {
            Variants = [new(Circumstances.SeveralPlaces, 10)],
        }),
        // Pass on a denunciation outside the unit's competence: 5 working days from receipt (LTC Điều 24 khoản 2).
        [DeadlineRuleId.TransferDenunciation] = Dated(new("LTC-24-2", 5, DayKind.WorkingDays, LimitKind.Deadline, "Deadline.Start.Received", "Deadline.Cite.LTC24")),
        // Notify the denouncer of acceptance: 5 working days (LTC Điều 29).
        [DeadlineRuleId.NotifyDenunciation] = Dated(new("LTC-29", 5, DayKind.WorkingDays, LimitKind.Deadline, "Deadline.Start.Accepted", "Deadline.Cite.LTC29")),
        // Settle a denunciation: 30 days from acceptance; extended once by at most 30 days for a complex case, a second
        // time only for a particularly complex one (LTC Điều 30; Nghị định 31/2019 Điều 3 says which cases are).
        [DeadlineRuleId.SettleDenunciation] = Dated(new("LTC-30", 30, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.Accepted", "Deadline.Cite.LTC30")
        {
            Extension = new LegalExtension(2, 30, Circumstances.ParticularlyComplex)
            {
                Allowed = c => (c & Circumstances.ParticularlyComplex) != 0 ? 2 : 1,
            },
            Suspendable = true,
        }),
    };

    /// <summary>
    /// The time to complain (thời hiệu): "Thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định hành chính hoặc
    /// biết được quyết định hành chính, hành vi hành chính" (LKN Điều 9; docs/legal.md LKN-9). Not a limit the office runs
    /// against but the one the complainant had: checked when a complaint is found eligible.
    /// </summary>
    public static readonly IReadOnlyList<LegalRule> ComplaintLimitation =
        Dated(new("LKN-9", 90, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.DecisionKnown", "Deadline.Cite.LKN9"));

    /// <summary>
    /// The time for a second complaint: 30 days from the day the complainant received the first decision, or from the end of
    /// the time to settle the first complaint when no decision came; 45 days in remote areas where travel is hard (LKN Điều
    /// 33; docs/legal.md LKN-33). Like <see cref="ComplaintLimitation"/>, checked when a second complaint is found eligible.
    /// </summary>
    public static readonly IReadOnlyList<LegalRule> SecondComplaintWindow =
        Dated(new("LKN-33", 30, DayKind.CalendarDays, LimitKind.Deadline, "Deadline.Start.FirstDecision", "Deadline.Cite.LKN33")
        {
            Variants = [new(Circumstances.RemoteArea, 45)],
        });

    /// <summary>The rule as the old text gives it until <see cref="Amendment2026"/>, and as the amended text from then on.</summary>
    private static LegalRule[] Dated(LegalRule rule) =>
    [
        rule with { InForceTo = Amendment2026 },
        rule with { Id = rule.Id + "@2026", InForceFrom = Amendment2026, Citation = rule.Citation + ".2026" },
    ];

    /// <summary>The version of the rule in force on the day the limit starts.</summary>
    public static LegalRule For(DeadlineRuleId id, DateOnly startedOn) => LegalClock.InForce(All[id], startedOn);
}

/// <summary>
/// A limit running on one letter. The clock runs from <see cref="RunningSince"/>; a suspension banks the
/// days used so far in <see cref="UsedDays"/> and stops it; resuming starts it again. <see cref="DueOn"/>
/// is derived from those on the working calendar and recomputed when the calendar changes.
/// </summary>
public sealed class PetitionDeadline : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Petition), PetitionId);

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

    public LegalRule Definition => DeadlineRules.For(Rule, StartedOn);
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

/// <summary>Starts, stops and explains the limits of a letter, on the one legal clock.</summary>
[Scoped]
public sealed class PetitionClock(LegalClock legal)
{
    public async Task<PetitionDeadline> StartAsync(Petition petition, DeadlineRuleId ruleId, DateOnly on, bool isRemote, CancellationToken ct)
    {
        var rule = DeadlineRules.For(ruleId, on);
        var circumstances = (petition.IsComplex ? Circumstances.Complex : Circumstances.None) | (isRemote ? Circumstances.RemoteArea : Circumstances.None);
        var deadline = new PetitionDeadline
        {
            PetitionId = petition.Id,
            Rule = ruleId,
            StartedOn = on,
            LimitDays = rule.LimitFor(circumstances).Days,
            RunningSince = on,
            State = DeadlineState.Running,
        };
        deadline.DueOn = await DueAsync(deadline, ct);
        petition.Deadlines.Add(deadline);
        return deadline;
    }

    public Task<DateOnly> DueAsync(PetitionDeadline d, CancellationToken ct)
    {
        var from = d.RunningSince ?? throw new InvalidOperationException("A paused clock has no due date.");
        return legal.DueAsync(d.Definition, from, Math.Max(0, d.LimitDays + d.ExtensionDays - d.UsedDays), ct);
    }

    public static void Stop(PetitionDeadline d, DateOnly on, bool met)
    {
        d.State = met ? DeadlineState.Met : DeadlineState.Cancelled;
        d.EndedOn = on;
    }

    public async Task PauseAsync(PetitionDeadline d, DateOnly on, CancellationToken ct)
    {
        d.UsedDays += await legal.CountAsync(d.Definition.DayKind, d.RunningSince!.Value, on, ct);
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

    /// <summary>"45 ngày (vụ việc phức tạp) kể từ ngày thụ lý 12/3/2024 theo Điều 28 Luật Khiếu nại → 26/4/2024".</summary>
    public string Explain(PetitionDeadline d, Circumstances circumstances)
    {
        var rule = d.Definition;
        var (days, reasons) = rule.LimitFor(circumstances);
        // The limit stored is the one the case got when it started; if the case's circumstances changed since, say none.
        return legal.Explain(rule, d.LimitDays, days == d.LimitDays ? reasons : Circumstances.None, d.StartedOn, d.DueOn, d.ExtensionDays,
            d.State is DeadlineState.Running or DeadlineState.Paused ? d.UsedDays : 0);
    }
}
