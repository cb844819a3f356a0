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
    /// A meeting is always possible; a household ballot when the commune chairman chose it, after a meeting that lacked
    /// participation, or for matter (6); an online vote only for matter (6).
    /// </summary>
    public static DecisionForms Allowed(DecisionSubject subject, bool ballotChosenByChairman, bool meetingLackedParticipation)
    {
        var forms = DecisionForms.Meeting;
        if (subject == DecisionSubject.OtherSelfManaged || ballotChosenByChairman || meetingLackedParticipation)
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
