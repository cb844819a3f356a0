using Grassroots.Web.Modules.Assessment;

namespace Grassroots.Tests.Assessments;

/// <summary>The pure rules of docs/legal.md ASM-LEVELS and ASM-HEAD, and how computed criteria earn their points.</summary>
public sealed class AssessmentRulesTests
{
    /// <summary>ASM-LEVELS: "hoàn thành xuất sắc nhiệm vụ / tốt / hoàn thành / không hoàn thành" by the set's thresholds.</summary>
    [Theory]
    [InlineData(95, Classification.Excellent)]
    [InlineData(90, Classification.Excellent)]
    [InlineData(89.75, Classification.Good)]
    [InlineData(75, Classification.Good)]
    [InlineData(50, Classification.Completed)]
    [InlineData(49.75, Classification.NotCompleted)]
    public void A_total_maps_to_its_level_by_the_sets_thresholds(decimal total, Classification expected) =>
        Assert.Equal(expected, AssessmentRules.ClassOf(total, 90, 75, 50));

    /// <summary>
    /// ASM-HEAD, after NĐ 90/2020 Điều 13 khoản 2 điểm d: a manager is "hoàn thành tốt nhiệm vụ" only when "100% đơn vị thuộc thẩm
    /// quyền phụ trách, quản lý trực tiếp được đánh giá hoàn thành nhiệm vụ trở lên": never above the unit's level.
    /// </summary>
    [Fact]
    public void A_head_is_never_rated_above_the_unit()
    {
        Assert.Equal(Classification.Completed, AssessmentRules.HeadCapped(Classification.Excellent, Classification.Completed));
        Assert.Equal(Classification.Good, AssessmentRules.HeadCapped(Classification.Good, Classification.Excellent));
        Assert.Equal(Classification.Good, AssessmentRules.HeadCapped(Classification.Good, null));
    }

    [Fact]
    public void Computed_points_are_the_share_of_the_figure_that_earns_full_points_rounded_down_to_the_quarter()
    {
        Assert.Equal(15m, AssessmentRules.Computed(75m, 100m, 20m));
        Assert.Equal(20m, AssessmentRules.Computed(130m, 100m, 20m));
        Assert.Equal(6.5m, AssessmentRules.Computed(33.3m, 100m, 20m));
        Assert.Null(AssessmentRules.Computed(null, 100m, 20m));
        Assert.True(AssessmentRules.IsValidPoints(10m, 10m, Scoring.YesNo));
        Assert.False(AssessmentRules.IsValidPoints(5m, 10m, Scoring.YesNo));
        Assert.False(AssessmentRules.IsValidPoints(7.3m, 10m, Scoring.Scale));
        Assert.Equal(66.67m, AssessmentRules.Share(2, 3));
    }
}
