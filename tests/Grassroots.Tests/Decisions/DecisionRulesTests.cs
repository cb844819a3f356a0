using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>The law's rules read as tables: L10 Điều 21 / NĐ61 Điều 10 for validity, NĐ59 Điều 4–5 for forms.</summary>
public sealed class DecisionRulesTests
{
    private static IReadOnlyList<Tally> Votes(int agree, int disagree) => [new(1, "Đồng ý", agree), new(2, "Không đồng ý", disagree)];

    [Theory]
    // households, forms, present at the meeting, voters, agree, disagree → verdict
    [InlineData(100, DecisionForms.Meeting, 51, 51, 51, 0, Verdict.Adopted)]
    [InlineData(100, DecisionForms.Meeting, 50, 50, 50, 0, Verdict.LackOfParticipation)] // exactly half is not "more than half"
    [InlineData(100, DecisionForms.Meeting, 80, 80, 50, 30, Verdict.NotAdopted)]        // a majority of voters, not of all households
    [InlineData(100, DecisionForms.Meeting | DecisionForms.Online, 30, 60, 51, 9, Verdict.Adopted)]
    [InlineData(100, DecisionForms.Meeting | DecisionForms.Online, 30, 50, 50, 0, Verdict.LackOfParticipation)]
    [InlineData(5, DecisionForms.HouseholdBallot, null, 3, 3, 0, Verdict.Adopted)]
    [InlineData(5, DecisionForms.HouseholdBallot, null, 4, 2, 2, Verdict.NotAdopted)]
    [InlineData(0, DecisionForms.Online, null, 0, 0, 0, Verdict.LackOfParticipation)]
    public void Validity_follows_more_than_half_of_all_households(int households, DecisionForms forms, int? present, int voters, int agree, int disagree, Verdict expected)
    {
        var result = DecisionRules.Evaluate(households, forms, present, voters, Votes(agree, disagree));
        Assert.Equal(expected, result.Verdict);
        Assert.Contains("Điều 21", result.Citation);
    }

    [Theory]
    [InlineData(DecisionSubject.PublicWorksContribution, false, false, DecisionForms.Meeting)]
    [InlineData(DecisionSubject.PublicWorksContribution, true, false, DecisionForms.Meeting | DecisionForms.HouseholdBallot)]
    [InlineData(DecisionSubject.VillageConvention, false, true, DecisionForms.Meeting | DecisionForms.HouseholdBallot)]
    [InlineData(DecisionSubject.OtherSelfManaged, false, false, DecisionForms.Meeting | DecisionForms.HouseholdBallot | DecisionForms.Online)]
    public void Online_only_for_other_self_managed_matters_and_ballots_where_the_decree_says(DecisionSubject subject, bool chairman, bool lacked, DecisionForms expected) =>
        Assert.Equal(expected, DecisionRules.Allowed(subject, chairman, lacked));
}
