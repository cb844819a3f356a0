using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>
/// The law's rules read as tables: L10 Điều 15 and Điều 21 khoản 1 for the ratio each matter needs (docs/legal.md
/// <c>L10-21-1-TWO-THIRDS</c>, <c>L10-21-1-HALF</c>, unverified), NĐ61 Điều 10 for validity, NĐ59 Điều 4–5 for forms.
/// </summary>
public sealed class DecisionRulesTests
{
    private static IReadOnlyList<Tally> Votes(int agree, int disagree) => [new(1, "Đồng ý", agree), new(2, "Không đồng ý", disagree)];

    [Theory]
    // subject, households, forms, present at the meeting, voters, agree, disagree → verdict
    [InlineData(DecisionSubject.OtherSelfManaged, 100, DecisionForms.Meeting, 51, 51, 51, 0, Verdict.Adopted)]
    [InlineData(DecisionSubject.OtherSelfManaged, 100, DecisionForms.Meeting, 50, 50, 50, 0, Verdict.LackOfParticipation)] // exactly half is not "more than half"
    [InlineData(DecisionSubject.OtherSelfManaged, 100, DecisionForms.Meeting, 80, 80, 50, 30, Verdict.NotAdopted)]        // a majority of voters, not of all households
    [InlineData(DecisionSubject.OtherSelfManaged, 100, DecisionForms.Meeting | DecisionForms.Online, 30, 60, 51, 9, Verdict.Adopted)]
    [InlineData(DecisionSubject.OtherSelfManaged, 100, DecisionForms.Meeting | DecisionForms.Online, 30, 50, 50, 0, Verdict.LackOfParticipation)]
    [InlineData(DecisionSubject.VillageConvention, 5, DecisionForms.HouseholdBallot, null, 3, 3, 0, Verdict.Adopted)]
    [InlineData(DecisionSubject.VillageConvention, 5, DecisionForms.HouseholdBallot, null, 4, 2, 2, Verdict.NotAdopted)]
    [InlineData(DecisionSubject.OtherSelfManaged, 0, DecisionForms.Online, null, 0, 0, 0, Verdict.LackOfParticipation)]
    // L10 Điều 21 khoản 1, as the issue reads it (docs/legal.md L10-21-1-TWO-THIRDS, unverified): the matters of Điều 15
    // khoản 1 (contributions to public works) and khoản 2 (contributions, community funds) need at least two thirds of all
    // households: 27 of 40 is enough, 26 is not.
    [InlineData(DecisionSubject.PublicWorksContribution, 40, DecisionForms.Meeting, 40, 40, 27, 13, Verdict.Adopted)]
    [InlineData(DecisionSubject.PublicWorksContribution, 40, DecisionForms.Meeting, 40, 40, 26, 14, Verdict.NotAdopted)]
    [InlineData(DecisionSubject.CommunityFunds, 40, DecisionForms.HouseholdBallot, null, 30, 27, 3, Verdict.Adopted)]
    [InlineData(DecisionSubject.CommunityFunds, 40, DecisionForms.HouseholdBallot, null, 30, 21, 9, Verdict.NotAdopted)] // more than half, short of two thirds
    [InlineData(DecisionSubject.PublicWorksContribution, 40, DecisionForms.Meeting, 26, 26, 26, 0, Verdict.LackOfParticipation)] // 26 present cannot reach 27
    [InlineData(DecisionSubject.PublicWorksContribution, 40, DecisionForms.HouseholdBallot, null, 26, 26, 0, Verdict.LackOfParticipation)]
    [InlineData(DecisionSubject.PublicWorksContribution, 5, DecisionForms.HouseholdBallot, null, 5, 3, 2, Verdict.NotAdopted)]  // 3 of 5 is 60%
    [InlineData(DecisionSubject.PublicWorksContribution, 3, DecisionForms.HouseholdBallot, null, 3, 2, 1, Verdict.Adopted)]     // 2 of 3 is exactly two thirds
    // The other matters of Điều 15 (khoản 3–6) need more than half (docs/legal.md L10-21-1-HALF): 21 of 40 is enough, 20 is not.
    [InlineData(DecisionSubject.VillageHead, 40, DecisionForms.Meeting, 40, 40, 21, 19, Verdict.Adopted)]
    [InlineData(DecisionSubject.VillageHead, 40, DecisionForms.Meeting, 40, 40, 20, 20, Verdict.NotAdopted)]
    [InlineData(DecisionSubject.Boards, 40, DecisionForms.Meeting, 21, 21, 21, 0, Verdict.Adopted)]
    public void Validity_follows_the_ratio_of_all_households_the_matter_needs(DecisionSubject subject, int households, DecisionForms forms, int? present, int voters,
        int agree, int disagree, Verdict expected)
    {
        var result = DecisionRules.Evaluate(subject, households, forms, present, voters, Votes(agree, disagree));
        Assert.Equal(expected, result.Verdict);
        Assert.Contains("Điều 21", result.Citation);
        Assert.Equal(DecisionRules.ApprovalFor(subject).Ratio, result.Ratio);
        Assert.Equal($"Decision.Rule.{subject}", result.RuleKey);
        Assert.Equal([result.Needed, households], result.RuleArgs);
        Assert.Equal(result.Ratio == ApprovalRatio.AtLeastTwoThirds, result.ReasonKey.EndsWith(".TwoThirds", StringComparison.Ordinal));
    }

    /// <summary>The rule table itself: which ratio each matter of Điều 15 needs, its docs/legal.md row and article, and the counts at the edge.</summary>
    [Theory]
    // subject, ratio, legal.md id, khoản of Điều 15, households → fewest that reach the ratio
    [InlineData(DecisionSubject.PublicWorksContribution, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS", 1, 40, 27)]
    [InlineData(DecisionSubject.CommunityFunds, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS", 2, 40, 27)]
    [InlineData(DecisionSubject.VillageConvention, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 3, 40, 21)]
    [InlineData(DecisionSubject.VillageHead, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 4, 40, 21)]
    [InlineData(DecisionSubject.Boards, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 5, 40, 21)]
    [InlineData(DecisionSubject.OtherSelfManaged, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 6, 40, 21)]
    [InlineData(DecisionSubject.PublicWorksContribution, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS", 1, 3, 2)]
    [InlineData(DecisionSubject.PublicWorksContribution, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS", 1, 5, 4)]
    [InlineData(DecisionSubject.PublicWorksContribution, ApprovalRatio.AtLeastTwoThirds, "L10-21-1-TWO-THIRDS", 1, 1, 1)]
    [InlineData(DecisionSubject.OtherSelfManaged, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 6, 4, 3)]
    [InlineData(DecisionSubject.OtherSelfManaged, ApprovalRatio.MoreThanHalf, "L10-21-1-HALF", 6, 1, 1)]
    public void Each_matter_of_article_15_has_its_ratio(DecisionSubject subject, ApprovalRatio ratio, string legalId, int clause, int households, int needed)
    {
        var rule = DecisionRules.ApprovalFor(subject);
        Assert.Equal(ratio, rule.Ratio);
        Assert.Equal(legalId, rule.LegalId);
        Assert.Equal($"Điều 15 khoản {clause}, Điều 21 khoản 1 Luật 10/2022/QH15", rule.Citation);
        Assert.Equal(needed, rule.Needed(households));
        Assert.True(rule.Reached(needed, households));
        Assert.False(rule.Reached(needed - 1, households));
    }

    [Fact]
    public void Every_subject_has_a_rule_and_no_household_reaches_a_ratio_of_an_empty_roll()
    {
        Assert.Equal(Enum.GetValues<DecisionSubject>().Order(), DecisionRules.Approval.Keys.Order());
        Assert.All(DecisionRules.Approval.Values, r => Assert.False(r.Reached(0, 0)));
        // The meeting quorum is the same ratio: 26 of 40 cannot reach two thirds, 27 can; a meeting not yet held lacks nothing.
        Assert.True(DecisionRules.MeetingLacked(DecisionSubject.PublicWorksContribution, 26, 40));
        Assert.False(DecisionRules.MeetingLacked(DecisionSubject.PublicWorksContribution, 27, 40));
        Assert.False(DecisionRules.MeetingLacked(DecisionSubject.VillageConvention, 21, 40));
        Assert.True(DecisionRules.MeetingLacked(DecisionSubject.VillageConvention, 20, 40));
        Assert.False(DecisionRules.MeetingLacked(DecisionSubject.PublicWorksContribution, null, 40));
    }

    [Theory]
    [InlineData(DecisionSubject.PublicWorksContribution, false, false, DecisionForms.Meeting)]
    [InlineData(DecisionSubject.PublicWorksContribution, true, false, DecisionForms.Meeting | DecisionForms.HouseholdBallot)]
    [InlineData(DecisionSubject.VillageConvention, false, true, DecisionForms.Meeting | DecisionForms.HouseholdBallot)]
    [InlineData(DecisionSubject.OtherSelfManaged, false, false, DecisionForms.Meeting | DecisionForms.HouseholdBallot | DecisionForms.Online)]
    public void Online_only_for_other_self_managed_matters_and_ballots_where_the_decree_says(DecisionSubject subject, bool chairman, bool lacked, DecisionForms expected) =>
        Assert.Equal(expected, DecisionRules.Allowed(subject, chairman, lacked));
}
