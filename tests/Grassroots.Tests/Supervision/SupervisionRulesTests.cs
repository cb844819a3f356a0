using Grassroots.Web.Modules.Supervision;

namespace Grassroots.Tests.Supervisions;

/// <summary>The rules of the people's supervision as pure functions (docs/legal.md, "People check and supervise").</summary>
public sealed class SupervisionRulesTests
{
    // "members elected at village meetings, one per village, at least 5; ... members are residents and not commune officials"
    // (../shared/design/LEGAL.md; docs/legal.md SUP-BOARD-5, the law's own article not read).
    [Fact]
    public void A_commune_official_may_not_sit_on_the_inspection_board_but_may_on_an_investment_board()
    {
        (string, bool, ConflictOfInterest)[] members = [("Nguyễn Văn An", false, ConflictOfInterest.None), ("Trần Văn Bình", true, ConflictOfInterest.None)];
        Assert.Equal(("Trần Văn Bình", "Supervision.MemberIsOfficial"), SupervisionRules.Refused(BoardKind.Inspection, members));
        Assert.Null(SupervisionRules.Refused(BoardKind.Investment, members));
    }

    // "no member may be the investor, contractor, consultant or their relative" (../shared/design/LEGAL.md; SUP-INVEST-CONFLICT).
    [Theory]
    [InlineData(ConflictOfInterest.Contractor)]
    [InlineData(ConflictOfInterest.RelativeOfContractor)]
    [InlineData(ConflictOfInterest.RelativeOfInvestor)]
    [InlineData(ConflictOfInterest.Consultant)]
    public void The_projects_investor_contractor_consultant_or_their_relative_may_not_supervise_it(ConflictOfInterest conflict)
    {
        Assert.Equal("Supervision.MemberConflict." + conflict, SupervisionRules.Refused(BoardKind.Investment, [("Lê Văn Cường", false, conflict)])?.Key);
        Assert.Null(SupervisionRules.Refused(BoardKind.Inspection, [("Lê Văn Cường", false, conflict)]));
    }

    [Fact]
    public void Overdue_means_unanswered_after_the_due_day_and_on_time_means_answered_by_it()
    {
        var due = new DateOnly(2026, 12, 21);
        Assert.False(SupervisionRules.IsOverdue(due, null, due));
        Assert.True(SupervisionRules.IsOverdue(due, null, due.AddDays(1)));
        Assert.False(SupervisionRules.IsOverdue(due, due.AddDays(5), due.AddDays(9)));
        Assert.True(SupervisionRules.OnTime(due, due));
        Assert.False(SupervisionRules.OnTime(due, due.AddDays(1)));
    }

    [Fact]
    public void The_portal_shows_voters_dialogues_and_the_boards_but_not_the_Fronts_own_supervision()
    {
        Assert.True(SupervisionRules.PublicByDefault(RecommendationSource.Voters));
        Assert.True(SupervisionRules.PublicByDefault(RecommendationSource.InspectionBoard));
        Assert.False(SupervisionRules.PublicByDefault(RecommendationSource.Front));
        Assert.False(SupervisionRules.PublicByDefault(RecommendationSource.Criticism));
    }
}
