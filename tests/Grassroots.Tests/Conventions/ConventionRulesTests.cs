using System.Globalization;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Conventions;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Conventions;

/// <summary>The limits of Nghị định 61/2023/NĐ-CP as a table, and counted on the working calendar with its holidays.</summary>
public sealed class ConventionRulesTests
{
    [Fact]
    public void Every_limit_is_data_with_its_day_kind_start_and_article()
    {
        var post = ConventionRules.All[ConventionRuleId.PostDraft];
        Assert.Equal((30, DayKind.CalendarDays, LimitKind.Minimum), (post.Days, post.DayKind, post.Kind));
        var file = ConventionRules.All[ConventionRuleId.SendFile];
        Assert.Equal((5, DayKind.WorkingDays, LimitKind.Deadline), (file.Days, file.DayKind, file.Kind));
        var decide = ConventionRules.All[ConventionRuleId.DecideRecognition];
        Assert.Equal((5, DayKind.WorkingDays, LimitKind.Deadline), (decide.Days, decide.DayKind, decide.Kind));
        Assert.All(ConventionRules.All.Values, r => Assert.Contains("Nghị định 61/2023/NĐ-CP", r.Citation));
        Assert.Equal(2, ConventionRules.HouseholdSigners);
    }

    [Theory]
    [InlineData(FileDocuments.RequestLetter | FileDocuments.VoteRecord | FileDocuments.AdoptedText, true, FileDocuments.None)]
    [InlineData(FileDocuments.RequestLetter | FileDocuments.VoteRecord, false, FileDocuments.AdoptedText)]
    [InlineData(FileDocuments.AdoptedText, false, FileDocuments.RequestLetter | FileDocuments.VoteRecord)]
    [InlineData(FileDocuments.None, false, FileDocuments.RequestLetter | FileDocuments.VoteRecord | FileDocuments.AdoptedText)]
    public void A_file_is_complete_with_the_request_the_record_of_the_vote_and_the_adopted_text(FileDocuments documents, bool complete, FileDocuments missing)
    {
        Assert.Equal(complete, ConventionRules.IsComplete(documents));
        Assert.Equal(missing, ConventionRules.Missing(documents));
    }

    [Theory]
    [InlineData("Thôn Tân Hòa", ConventionKind.VillageConvention)]
    [InlineData("Bon Rô Men", ConventionKind.VillageConvention)]
    [InlineData("Tổ dân phố 3", ConventionKind.GroupConvention)]
    [InlineData("Khu phố 2", ConventionKind.GroupConvention)]
    public void Villages_have_a_huong_uoc_and_residential_groups_a_quy_uoc(string community, ConventionKind kind) =>
        Assert.Equal(kind, ConventionRules.KindFor(community));

    // rule, from, due: hand-counted on the 2026–2027 calendar
    private static readonly (ConventionRuleId Rule, string From, string Due)[] Limits =
    [
        // "Thời hạn bắt đầu từ ngày tiếp theo của ngày xảy ra sự kiện" (Bộ luật Dân sự 2015, Điều 147): the thirty days
        // of a draft posted on 23/11 are 24/11–23/12, and the vote may be held once they have passed.
        (ConventionRuleId.PostDraft, "2026-11-23", "2026-12-24"),
        (ConventionRuleId.PostDraft, "2026-10-01", "2026-11-01"),         // 2/10–31/10; a minimum does not run to a working day
        (ConventionRuleId.SendFile, "2026-12-23", "2026-12-30"),          // 24, 25, 28, 29, 30
        (ConventionRuleId.SendFile, "2026-12-30", "2027-01-07"),          // 31, (1/1 off), 4, 5, 6, 7
        (ConventionRuleId.SendFile, "2027-02-03", "2027-02-17"),          // 4, (Tết 5–9 and two days in lieu 10–11), 12, 15, 16, 17
        (ConventionRuleId.DecideRecognition, "2026-04-24", "2026-05-06"), // (Giỗ Tổ on Sunday 26/4, in lieu 27/4) 28, 29, (30/4, 1/5) 4, 5, 6
    ];

    [Fact]
    public async Task Limits_are_counted_on_the_working_calendar_across_holidays()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<ConventionClock>();
        foreach (var (rule, from, due) in Limits)
        {
            var deadline = await clock.DeadlineAsync(rule, DateOnly.Parse(from, CultureInfo.InvariantCulture), null, CancellationToken.None);
            Assert.True(DateOnly.Parse(due, CultureInfo.InvariantCulture) == deadline.DueOn, $"{rule} from {from}: {deadline.DueOn} ({deadline.Explanation})");
            Assert.Contains(ConventionRules.All[rule].Citation, deadline.Explanation);
        }
    }
}
