namespace Grassroots.Web.Modules.Decisions;

public enum Verdict
{
    /// <summary>An option won more than half of all households of the community.</summary>
    Adopted,

    /// <summary>Enough households took part, but no option won more than half of all households.</summary>
    NotAdopted,

    /// <summary>Too few households took part for the result to be valid.</summary>
    LackOfParticipation,
}

public sealed record Tally(int OptionId, string Text, int Votes);

/// <summary>The verdict with the figures and the article behind it; <see cref="ReasonKey"/> and <see cref="Args"/> explain it in words.</summary>
public sealed record DecisionResult(Verdict Verdict, int Households, int Participating, int? MeetingPresent, IReadOnlyList<Tally> Tallies, Tally? Winner,
    string ReasonKey, object[] Args, string Citation);

/// <summary>
/// The law's rules for direct decisions, as pure functions. Which forms a matter may use (NĐ59 Điều 4–5) and when a
/// result is valid (L10 Điều 21; NĐ61 Điều 10 — unverified in docs/legal.md: kept here, in one place, with its citation).
/// </summary>
public static class DecisionRules
{
    public const string FormsCitation = "Điều 4, Điều 5 Nghị định 59/2023/NĐ-CP";
    public const string ValidityCitation = "Điều 21 Luật 10/2022/QH15; Điều 10 Nghị định 61/2023/NĐ-CP";

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

    /// <summary>More than half: strictly, on whole households.</summary>
    public static bool MoreThanHalf(int part, int whole) => whole > 0 && part * 2 > whole;

    /// <summary>
    /// A meeting alone needs representatives of more than half of all households present; whatever the forms, more than
    /// half of all households must take part, and an option is adopted when more than half of ALL households agree.
    /// </summary>
    public static DecisionResult Evaluate(int households, DecisionForms forms, int? meetingPresent, int participating, IReadOnlyList<Tally> tallies)
    {
        var winner = tallies.Where(t => MoreThanHalf(t.Votes, households)).OrderByDescending(t => t.Votes).FirstOrDefault();
        if (forms == DecisionForms.Meeting && !MoreThanHalf(meetingPresent ?? 0, households))
        {
            return new(Verdict.LackOfParticipation, households, participating, meetingPresent, tallies, null,
                "Decision.Reason.MeetingLacked", [meetingPresent ?? 0, households], ValidityCitation);
        }
        if (!MoreThanHalf(participating, households))
        {
            return new(Verdict.LackOfParticipation, households, participating, meetingPresent, tallies, null,
                "Decision.Reason.FewVoters", [participating, households], ValidityCitation);
        }
        return winner is null
            ? new(Verdict.NotAdopted, households, participating, meetingPresent, tallies, null, "Decision.Reason.NoMajority", [households / 2 + 1, households], ValidityCitation)
            : new(Verdict.Adopted, households, participating, meetingPresent, tallies, winner, "Decision.Reason.Adopted", [winner.Text, winner.Votes, households], ValidityCitation);
    }
}
