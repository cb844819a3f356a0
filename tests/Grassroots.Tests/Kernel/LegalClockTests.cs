using System.Globalization;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Conventions;
using Grassroots.Web.Modules.Petitions;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Kernel;

/// <summary>
/// The one legal clock (Kernel/Calendar/LegalClock.cs): every rule of every module counted on the working calendar,
/// one row per case the law distinguishes, each with its article. Dates are hand-counted on the 2026–2027 calendar.
/// </summary>
public sealed class LegalClockTests
{
    private static readonly Circumstances Remote = Circumstances.RemoteArea;
    private static readonly Circumstances Complex = Circumstances.Complex;

    public static TheoryData<string, string, Circumstances, string, string> Rows => new()
    {
        // "Thời hạn bắt đầu từ ngày tiếp theo của ngày xảy ra sự kiện" (BLDS Điều 147); "khi ngày cuối cùng của thời hạn là
        // ngày nghỉ ... thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo" (BLDS Điều 148).
        // LKN Điều 27: accept within 10 days of receipt. 10 days after Tue 1/12/2026 is Fri 11/12.
        { nameof(DeadlineRuleId.AcceptComplaint), "2026-12-01", Circumstances.None, "2026-12-11", "10 ngày kể từ ngày nhận được đơn 1/12/2026" },
        // LKN Điều 28: 30 days; "vụ việc phức tạp ... không quá 45 ngày"; "vùng sâu, vùng xa ... không quá 45 ngày"; both 60.
        { nameof(DeadlineRuleId.ResolveComplaint), "2026-12-01", Circumstances.None, "2026-12-31", "30 ngày kể từ ngày thụ lý 1/12/2026" },
        { nameof(DeadlineRuleId.ResolveComplaint), "2026-12-01", Complex, "2027-01-15", "45 ngày (vụ việc phức tạp) kể từ ngày thụ lý 1/12/2026" },
        { nameof(DeadlineRuleId.ResolveComplaint), "2026-12-01", Remote, "2027-01-15", "45 ngày (vùng sâu, vùng xa, đi lại khó khăn)" },
        // 60 days after 1/12 is Sat 30/1/2027: the next working day, Mon 1/2.
        { nameof(DeadlineRuleId.ResolveComplaint), "2026-12-01", Complex | Remote, "2027-02-01", "60 ngày (vụ việc phức tạp; vùng sâu, vùng xa, đi lại khó khăn)" },
        // LKN Điều 37: a second complaint 45; complex 60; remote 60; both 70. 70 days after 1/12 is Tue 9/2/2027, in the Tết
        // break (5–11/2): the limit runs to Friday 12/2.
        { nameof(DeadlineRuleId.ResolveSecondComplaint), "2026-12-01", Circumstances.None, "2027-01-15", "45 ngày kể từ ngày thụ lý" },
        { nameof(DeadlineRuleId.ResolveSecondComplaint), "2026-12-01", Complex | Remote, "2027-02-12", "70 ngày (vụ việc phức tạp; vùng sâu, vùng xa, đi lại khó khăn)" },
        // LTC Điều 24 khoản 1: 7 working days to check a denunciation. From Fri 1/1/2027 (a holiday): 4, 5, 6, 7, 8, 11, 12.
        { nameof(DeadlineRuleId.CheckDenunciation), "2027-01-01", Circumstances.None, "2027-01-12", "7 ngày làm việc kể từ ngày nhận được đơn 1/1/2027" },
        // LTC Điều 24 khoản 2: pass on a denunciation outside competence "trong thời hạn 05 ngày làm việc kể từ ngày nhận
        // được đơn tố cáo". From Fri 1/1/2027 (a holiday): 4, 5, 6, 7, 8.
        { nameof(DeadlineRuleId.TransferDenunciation), "2027-01-01", Circumstances.None, "2027-01-08", "5 ngày làm việc kể từ ngày nhận được đơn 1/1/2027" },
        // LTC Điều 29: notify within 5 working days of acceptance. From Wed 3/2/2027 across Tết (5–11/2 off): 4, 12, 15, 16, 17.
        { nameof(DeadlineRuleId.NotifyDenunciation), "2027-02-03", Circumstances.None, "2027-02-17", "5 ngày làm việc kể từ ngày thụ lý 3/2/2027" },
        // LTC Điều 30: 30 days from acceptance. 30 days after 1/12/2026 is Thu 31/12.
        { nameof(DeadlineRuleId.SettleDenunciation), "2026-12-01", Circumstances.None, "2026-12-31", "30 ngày kể từ ngày thụ lý 1/12/2026" },
        // LTCD Điều 28 khoản 1 (docs/legal.md LTCD-28, unverified): "10 ngày làm việc" to handle a letter. From Wed 1/4/2026:
        // 2, 3, 6, 7, 8, 9, 10, 13, 14, 15 (Giỗ Tổ falls on Sunday 26/4).
        { nameof(DeadlineRuleId.HandleLetter), "2026-04-01", Circumstances.None, "2026-04-15", "10 ngày làm việc kể từ ngày nhận được đơn 1/4/2026 theo Điều 28 Luật Tiếp công dân →" },
        // LTC Điều 24 khoản 1: "trường hợp phải kiểm tra, xác minh tại nhiều địa điểm … không quá 10 ngày làm việc".
        // From Fri 1/1/2027: 4, 5, 6, 7, 8, 11, 12, 13, 14, 15.
        { nameof(DeadlineRuleId.CheckDenunciation), "2027-01-01", Circumstances.SeveralPlaces, "2027-01-15", "10 ngày làm việc (kiểm tra, xác minh ở nhiều địa điểm)" },
        // Luật 136/2025/QH15 amends the Law on Complaints from 1/7/2026 (docs/legal.md LKN-27@2026): a complaint received
        // on 30/6/2026 keeps the old text's clock, one received on 1/7/2026 runs under the amended text, and each says so.
        // 10 days after Tue 30/6 is Fri 10/7; 10 days after Wed 1/7 is Sat 11/7: Mon 13/7.
        { nameof(DeadlineRuleId.AcceptComplaint), "2026-06-30", Circumstances.None, "2026-07-10", "10 ngày kể từ ngày nhận được đơn 30/6/2026 theo Điều 27 Luật Khiếu nại →" },
        { nameof(DeadlineRuleId.AcceptComplaint), "2026-07-01", Circumstances.None, "2026-07-13", "10 ngày kể từ ngày nhận được đơn 1/7/2026 theo Điều 27 Luật Khiếu nại (văn bản có hiệu lực từ 1/7/2026, đã sửa đổi bởi Luật 136/2025/QH15) →" },
        // NĐ 61 (the posting): "ít nhất 30 ngày"; the vote from the day after the thirtieth.
        { nameof(ConventionRuleId.PostDraft), "2026-10-01", Circumstances.None, "2026-11-01", "biểu quyết từ ngày 1/11/2026" },
        // NĐ 61: the file within 5 working days of adoption, the recognition within 5 working days of a complete file.
        { nameof(ConventionRuleId.SendFile), "2026-12-30", Circumstances.None, "2027-01-07", "5 ngày làm việc kể từ ngày thông qua 30/12/2026" },
        { nameof(ConventionRuleId.DecideRecognition), "2026-04-24", Circumstances.None, "2026-05-06", "5 ngày làm việc kể từ ngày nhận đủ hồ sơ 24/4/2026" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Every_rule_is_counted_on_the_working_calendar_and_explains_itself(string rule, string from, Circumstances circumstances, string due, string explained)
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<LegalClock>();
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        var legal = Enum.TryParse<DeadlineRuleId>(rule, out var petitionRule)
            ? DeadlineRules.For(petitionRule, start)
            : ConventionRules.All[Enum.Parse<ConventionRuleId>(rule)];
        var deadline = await clock.StartAsync(legal, start, circumstances);
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), deadline.DueOn);
        Assert.Contains(explained, deadline.Explanation);
        Assert.EndsWith(Text.Date(deadline.DueOn), deadline.Explanation);
    }

    [Fact]
    public void Every_rule_carries_its_article_and_an_id_of_docs_legal_md()
    {
        var rules = DeadlineRules.All.Values.SelectMany(v => v).Concat(DeadlineRules.ComplaintLimitation).Concat(DeadlineRules.SecondComplaintWindow)
            .Concat(ConventionRules.All.Values).Concat(Web.Modules.Decisions.DecisionRules.Limits).ToList();
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), r.Id));
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        var legalMd = File.ReadAllText(Path.Combine(Infrastructure.Repo.Root, "docs", "legal.md"));
        Assert.All(rules, r => Assert.Contains($"`{r.Id}`", legalMd));
    }

    [Fact]
    public void A_limit_keeps_the_text_in_force_on_the_day_it_starts()
    {
        // Luật 136/2025/QH15, in force 1/7/2026: every petitions rule has a row until 30/6/2026 and one from 1/7/2026.
        foreach (var id in Enum.GetValues<DeadlineRuleId>())
        {
            Assert.Equal(DeadlineRules.All[id][0].Id, DeadlineRules.For(id, new DateOnly(2026, 6, 30)).Id);
            Assert.EndsWith("@2026", DeadlineRules.For(id, new DateOnly(2026, 7, 1)).Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_denunciation_is_extended_a_second_time_only_when_particularly_complex()
    {
        // LTC Điều 30: "Trường hợp vụ việc phức tạp thì có thể gia hạn giải quyết một lần nhưng không quá 30 ngày. Trường
        // hợp vụ việc đặc biệt phức tạp thì có thể gia hạn giải quyết hai lần, mỗi lần không quá 30 ngày."
        var extension = DeadlineRules.For(DeadlineRuleId.SettleDenunciation, new DateOnly(2026, 12, 1)).Extension!;
        Assert.Equal(30, extension.Days);
        Assert.Equal(1, extension.Allowed(Circumstances.Complex));
        Assert.Equal(2, extension.Allowed(Circumstances.ParticularlyComplex));
    }

    [Fact]
    public void The_most_specific_circumstance_chooses_the_limit()
    {
        var rule = DeadlineRules.For(DeadlineRuleId.ResolveComplaint, new DateOnly(2026, 1, 1));
        Assert.Equal((30, Circumstances.None), rule.LimitFor(Circumstances.None));
        Assert.Equal((45, Circumstances.Complex), rule.LimitFor(Circumstances.Complex));
        Assert.Equal((60, Circumstances.Complex | Circumstances.RemoteArea), rule.LimitFor(Circumstances.Complex | Circumstances.RemoteArea));
        // A circumstance this rule does not distinguish changes nothing.
        Assert.Equal((30, Circumstances.None), rule.LimitFor(Circumstances.SeveralPlaces));
    }
}
