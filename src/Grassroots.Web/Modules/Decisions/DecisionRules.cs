namespace Grassroots.Web.Modules.Decisions;

public enum Verdict
{
    /// <summary>An option won the matter's ratio (<see cref="ApprovalRule"/>) of all households of the community.</summary>
    Adopted,

    /// <summary>Enough households took part, but no option won the matter's ratio of all households.</summary>
    NotAdopted,

    /// <summary>Too few households took part for the matter's ratio to be reachable.</summary>
    LackOfParticipation,
}

/// <summary>The share of ALL households of the community a matter needs (L10 Điều 21 khoản 1; docs/legal.md).</summary>
public enum ApprovalRatio
{
    /// <summary>Strictly more than half: 21 of 40, 3 of 5 (docs/legal.md <c>L10-21-1-HALF</c>).</summary>
    MoreThanHalf,

    /// <summary>At least two thirds, inclusive: 27 of 40, 4 of 5 (docs/legal.md <c>L10-21-1-TWO-THIRDS</c>).</summary>
    AtLeastTwoThirds,
}

/// <summary>
/// The ratio a matter's subject needs, with the row of docs/legal.md it comes from and the articles shown to people.
/// <see cref="RuleKey"/> names the sentence that says the ratio and why ("Cần ít nhất 2/3 tổng số hộ (27/40) tán thành — …"),
/// with the needed count and the households as its arguments.
/// </summary>
public sealed record ApprovalRule(DecisionSubject Subject, ApprovalRatio Ratio, string LegalId, string Citation)
{
    /// <summary>Whether <paramref name="part"/> of <paramref name="whole"/> households reach the ratio; none of none never does.</summary>
    public bool Reached(int part, int whole) => whole > 0 && Ratio switch
    {
        ApprovalRatio.AtLeastTwoThirds => part * 3 >= whole * 2,
        _ => part * 2 > whole,
    };

    /// <summary>The fewest households that reach the ratio: 27 of 40 for two thirds, 21 of 40 for more than half.</summary>
    public int Needed(int whole) => Math.Max(1, Ratio switch
    {
        ApprovalRatio.AtLeastTwoThirds => (whole * 2 + 2) / 3,
        _ => whole / 2 + 1,
    });

    /// <summary>The sentence saying the ratio, the subject and the articles, in the Decisions resources.</summary>
    public string RuleKey => $"Decision.Rule.{Subject}";

    /// <summary>The reason key for this ratio: the more-than-half keys have no suffix, the two-thirds ones end in ".TwoThirds".</summary>
    internal string Reason(string kind) => Ratio == ApprovalRatio.AtLeastTwoThirds ? $"Decision.Reason.{kind}.TwoThirds" : $"Decision.Reason.{kind}";
}

public sealed record Tally(int OptionId, string Text, int Votes);

/// <summary>Who recognises an adopted result (L10 Điều 21 khoản 2 as the law issue reads it; docs/legal.md L10-21-2).</summary>
public enum RecognitionBody
{
    /// <summary>The matter takes effect when the households adopt it (matters 1, 2 and 6 of Điều 15: the village's own).</summary>
    None,

    /// <summary>The commune People's Committee (its chairman): the village convention (3) and the village head (4).</summary>
    CommuneChairman,

    /// <summary>The standing committee of the commune Fatherland Front: the people's inspection and investment supervision boards (5).</summary>
    CommuneFront,
}

/// <summary>A limit of a matter on the legal clock: its due (or first allowed) day, whether it was missed, and the sentence with its article.</summary>
public sealed record DecisionLimit(DateOnly DueOn, bool IsLate, string Explanation);

/// <summary>
/// The verdict with the figures and the article behind it; <see cref="ReasonKey"/> and <see cref="Args"/> explain it in
/// words, <see cref="RuleKey"/> and <see cref="RuleArgs"/> say which ratio applied and why (<see cref="Needed"/> of the households).
/// </summary>
public sealed record DecisionResult(Verdict Verdict, int Households, int Participating, int? MeetingPresent, IReadOnlyList<Tally> Tallies, Tally? Winner,
    string ReasonKey, object[] Args, string Citation)
{
    public ApprovalRatio Ratio { get; init; }
    public int Needed { get; init; }
    public string RuleKey { get; init; } = "";
    public object[] RuleArgs { get; init; } = [];
    public string LegalId { get; init; } = "";
}

/// <summary>
/// The law's rules for direct decisions, as pure functions. Which forms a matter may use (NĐ59 Điều 4–5) and when a
/// result is valid (L10 Điều 15, Điều 21 khoản 1; NĐ59 Điều 5; NĐ61 Điều 10 — unverified in docs/legal.md, rows
/// <c>L10-21-1-TWO-THIRDS</c> and <c>L10-21-1-HALF</c>: kept here, in one place, with their citations).
/// </summary>
public static class DecisionRules
{
    public const string FormsCitation = "Điều 4, Điều 5 Nghị định 59/2023/NĐ-CP";
    public const string ValidityCitation = "Điều 21 Luật 10/2022/QH15; Điều 10 Nghị định 61/2023/NĐ-CP";

    /// <summary>
    /// The ratio of all households each matter of L10 Điều 15 needs, by L10 Điều 21 khoản 1 as quoted in the issue
    /// (docs/legal.md <c>L10-21-1-TWO-THIRDS</c>, <c>L10-21-1-HALF</c>; the gazette text was not seen): contributions to
    /// public works (khoản 1) and the collection and use of contributions and community funds (khoản 2) at least two
    /// thirds; the other matters (khoản 3–6) more than half.
    /// </summary>
    public static readonly IReadOnlyDictionary<DecisionSubject, ApprovalRule> Approval = new Dictionary<DecisionSubject, ApprovalRule>
    {
        [DecisionSubject.PublicWorksContribution] = new(DecisionSubject.PublicWorksContribution, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS",
            "Điều 15 khoản 1, Điều 21 khoản 1 Luật 10/2022/QH15"),
        [DecisionSubject.CommunityFunds] = new(DecisionSubject.CommunityFunds, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS",
            "Điều 15 khoản 2, Điều 21 khoản 1 Luật 10/2022/QH15"),
        [DecisionSubject.VillageConvention] = new(DecisionSubject.VillageConvention, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF",
            "Điều 15 khoản 3, Điều 21 khoản 1 Luật 10/2022/QH15"),
        [DecisionSubject.VillageHead] = new(DecisionSubject.VillageHead, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF",
            "Điều 15 khoản 4, Điều 21 khoản 1 Luật 10/2022/QH15"),
        [DecisionSubject.Boards] = new(DecisionSubject.Boards, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF",
            "Điều 15 khoản 5, Điều 21 khoản 1 Luật 10/2022/QH15"),
        [DecisionSubject.OtherSelfManaged] = new(DecisionSubject.OtherSelfManaged, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF",
            "Điều 15 khoản 6, Điều 21 khoản 1 Luật 10/2022/QH15"),
    };

    /// <summary>
    /// Who recognises an adopted matter: the commune chairman for a village convention and a village head, the commune
    /// Front's standing committee for the boards; the village's own matters take effect on adoption (docs/legal.md L10-21-2).
    /// </summary>
    public static RecognitionBody RecognisedBy(DecisionSubject subject) => subject switch
    {
        DecisionSubject.VillageConvention or DecisionSubject.VillageHead => RecognitionBody.CommuneChairman,
        DecisionSubject.Boards => RecognitionBody.CommuneFront,
        _ => RecognitionBody.None,
    };

    /// <summary>The recognition is due at the latest 5 working days after the vote closed (L10 Điều 21 khoản 2; docs/legal.md L10-21-2).</summary>
    public static readonly LegalRule Recognition =
        new("L10-21-2", 5, DayKind.WorkingDays, LimitKind.Deadline, "Decision.Start.Closed", "Decision.Cite.Recognition");

    /// <summary>The households are told of a meeting at least 2 days before it (NĐ59 Điều 3; docs/legal.md ND59-3-NOTICE).</summary>
    public static readonly LegalRule MeetingNotice =
        new("ND59-3-NOTICE", 2, DayKind.CalendarDays, LimitKind.Minimum, "Decision.Start.Notified", "Decision.Cite.Notice")
        {
            ExplainKey = "Decision.ExplainNotice",
        };

    /// <summary>Every limit of community decisions on the legal clock, each a row of docs/legal.md.</summary>
    public static IReadOnlyList<LegalRule> Limits => [Recognition, MeetingNotice];

    /// <summary>The matters a commune may put to all its villages at once: contributions to public works and community funds (L10 Điều 21 khoản 1).</summary>
    public static bool CommuneWideAllowed(DecisionSubject subject) => subject is DecisionSubject.PublicWorksContribution or DecisionSubject.CommunityFunds;

    /// <summary>
    /// A commune-wide matter passes when at least two thirds of the villages adopted it, inclusive (L10 Điều 21 khoản 1 as the
    /// law issue reads it; docs/legal.md L10-21-1-VILLAGES): 2 of 3, 4 of 6, 5 of 7; each village by its own households' vote.
    /// </summary>
    public static bool VillagesReached(int adopted, int villages) => villages > 0 && adopted * 3 >= villages * 2;

    /// <summary>The fewest villages that carry a commune-wide matter: 2 of 3, 4 of 6, 5 of 7.</summary>
    public static int VillagesNeeded(int villages) => Math.Max(1, (villages * 2 + 2) / 3);

    public const string VillagesCitation = "Điều 21 khoản 1 Luật 10/2022/QH15";

    /// <summary>An online vote needs more than half of all households to have chosen it (NĐ59 Điều 5; docs/legal.md ND59-5-ONLINE).</summary>
    public static bool OnlineChosen(int choosing, int households) => households > 0 && choosing * 2 > households;

    /// <summary>The rule of a matter's subject.</summary>
    public static ApprovalRule ApprovalFor(DecisionSubject subject) => Approval[subject];

    /// <summary>
    /// Whether a meeting with <paramref name="present"/> of <paramref name="households"/> represented could reach the
    /// matter's ratio; when it could not, a household ballot follows (NĐ59 Điều 5: "không có đủ đại diện của số hộ gia
    /// đình tham dự để có thể đạt tỷ lệ biểu quyết tán thành theo quy định tại khoản 1 Điều 21").
    /// </summary>
    public static bool MeetingLacked(DecisionSubject subject, int? present, int households) =>
        present is { } p && !ApprovalFor(subject).Reached(p, households);

    /// <summary>
    /// A meeting is always possible; a household ballot after a meeting that lacked participation, for matter (6), or for
    /// matters (1) and (2) when the commune chairman chose it — matters (3), (4) and (5) are decided at a meeting, with a
    /// ballot only when the meeting fails its quorum (L10 Điều 17 khoản 2, Điều 19, as the law issue reads them); an online
    /// vote only for matter (6).
    /// </summary>
    public static DecisionForms Allowed(DecisionSubject subject, bool ballotChosenByChairman, bool meetingLackedParticipation)
    {
        var forms = DecisionForms.Meeting;
        var chairmanMayChoose = subject is DecisionSubject.PublicWorksContribution or DecisionSubject.CommunityFunds;
        if (subject == DecisionSubject.OtherSelfManaged || (ballotChosenByChairman && chairmanMayChoose) || meetingLackedParticipation)
        {
            forms |= DecisionForms.HouseholdBallot;
        }
        if (subject == DecisionSubject.OtherSelfManaged)
        {
            forms |= DecisionForms.Online;
        }
        return forms;
    }

    /// <summary>
    /// A meeting alone needs enough households represented to reach the matter's ratio; whatever the forms, enough
    /// households must take part to reach it, and an option is adopted when it reaches the ratio of ALL households.
    /// </summary>
    public static DecisionResult Evaluate(DecisionSubject subject, int households, DecisionForms forms, int? meetingPresent, int participating, IReadOnlyList<Tally> tallies)
    {
        var rule = ApprovalFor(subject);
        var needed = rule.Needed(households);
        var winner = tallies.Where(t => rule.Reached(t.Votes, households)).OrderByDescending(t => t.Votes).FirstOrDefault();
        DecisionResult Result(Verdict verdict, Tally? won, string kind, object[] args) =>
            new(verdict, households, participating, meetingPresent, tallies, won, rule.Reason(kind), args, ValidityCitation)
            {
                Ratio = rule.Ratio,
                Needed = needed,
                RuleKey = rule.RuleKey,
                RuleArgs = [needed, households],
                LegalId = rule.LegalId,
            };
        if (forms == DecisionForms.Meeting && MeetingLacked(subject, meetingPresent ?? 0, households))
        {
            return Result(Verdict.LackOfParticipation, null, "MeetingLacked", [meetingPresent ?? 0, households, needed]);
        }
        if (!rule.Reached(participating, households))
        {
            return Result(Verdict.LackOfParticipation, null, "FewVoters", [participating, households, needed]);
        }
        return winner is null
            ? Result(Verdict.NotAdopted, null, "NoMajority", [needed, households])
            : Result(Verdict.Adopted, winner, "Adopted", [winner.Text, winner.Votes, households]);
    }
}

/// <summary>The limits of a matter on the one legal clock, explained; nothing stored, so a calendar change is seen at the next read.</summary>
[Scoped]
public sealed class DecisionClock(LegalClock legal, TimeProvider clock)
{
    /// <summary>When the recognition is due, for an adopted matter that needs one; late when done (or still not done) after it.</summary>
    public async Task<DecisionLimit?> RecognitionAsync(DecisionMatter m, bool adopted, CancellationToken ct)
    {
        if (!adopted || DecisionRules.RecognisedBy(m.Subject) == RecognitionBody.None)
        {
            return null;
        }
        var closedOn = m.ClosedAt is { } at ? Clock.VietnamDay(at) : m.ClosesOn;
        var deadline = await legal.StartAsync(DecisionRules.Recognition, closedOn, ct: ct);
        var doneOn = m.RecognisedAt is { } r ? Clock.VietnamDay(r) : clock.VietnamToday();
        return new DecisionLimit(deadline.DueOn, doneOn > deadline.DueOn, deadline.Explanation);
    }

    /// <summary>The first day a meeting noticed on <see cref="DecisionMatter.MeetingNoticeOn"/> could be held; late when it was held earlier.</summary>
    public async Task<DecisionLimit?> NoticeAsync(DecisionMatter m, CancellationToken ct)
    {
        if (m.MeetingNoticeOn is not { } notice || m.MeetingHeldOn is not { } held)
        {
            return null;
        }
        var rule = await legal.StartAsync(DecisionRules.MeetingNotice, notice, ct: ct);
        return new DecisionLimit(rule.DueOn, held < rule.DueOn, rule.Explanation);
    }
}
