using Grassroots.Web.Modules.Registers;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Tests.Registers;

/// <summary>The registers' rules as pure functions, each against the article it applies (docs/legal.md).</summary>
public sealed class RegisterRulesTests
{
    /// <summary>
    /// LHGCS Điều 3 khoản 1: "trừ các trường hợp sau đây: a) Mâu thuẫn, tranh chấp xâm phạm lợi ích của Nhà nước, lợi ích công
    /// cộng; b) Vi phạm pháp luật về hôn nhân và gia đình, giao dịch dân sự mà theo quy định của pháp luật tố tụng dân sự không
    /// được hòa giải; c) Vi phạm pháp luật mà theo quy định phải bị truy cứu trách nhiệm hình sự hoặc bị xử lý vi phạm hành chính".
    /// </summary>
    [Theory]
    [InlineData(DisputeKind.PublicInterest, "a")]
    [InlineData(DisputeKind.NotMediableCivil, "b")]
    [InlineData(DisputeKind.Criminal, "c")]
    [InlineData(DisputeKind.AdministrativeViolation, "c")]
    [InlineData(DisputeKind.Land, null)]
    [InlineData(DisputeKind.Neighbours, null)]
    [InlineData(DisputeKind.Family, null)]
    public void What_grassroots_mediation_may_not_take_up_is_named_by_its_point_of_article_3(DisputeKind kind, string? point) =>
        Assert.Equal(point, RegisterRules.Excluded(kind));

    /// <summary>"nhận 112 đơn … hòa giải thành 107 đơn, đạt 95,5%": settled ÷ received (docs/legal.md LHGCS-RATE).</summary>
    [Fact]
    public void The_success_rate_is_settled_over_received_as_the_seed_computes_it()
    {
        Assert.Equal(95.54m, RegisterRules.SuccessRate(107, 112));
        Assert.Null(RegisterRules.SuccessRate(0, 0));
        Assert.Equal(50m, RegisterRules.Percent(3, 6));
    }

    /// <summary>
    /// L10 Điều 51 khoản 1: "được tổ chức định kỳ mỗi năm một lần sau khi kết thúc năm công tác của cơ quan, đơn vị nhưng không
    /// chậm hơn 03 tháng của năm công tác tiếp theo": a conference on 2025 may be held in 2025 (an enterprise's) or 2026, never
    /// in 2024; khoản 2: under 100 people a plenary conference.
    /// </summary>
    [Fact]
    public void A_conference_is_never_dated_before_the_year_it_reports_on_and_delegates_of_a_small_unit_are_flagged()
    {
        Assert.False(RegisterRules.HeldInItsTime(2025, new DateOnly(2024, 12, 20)));
        Assert.True(RegisterRules.HeldInItsTime(2025, new DateOnly(2026, 3, 31)));
        Assert.False(RegisterRules.HeldInItsTime(2025, new DateOnly(2027, 1, 5)));
        Assert.True(RegisterRules.DelegatesNeedReason(40, ConferenceForm.Delegates));
        Assert.False(RegisterRules.DelegatesNeedReason(140, ConferenceForm.Delegates));
        Assert.Equal("L10-51-1", RegisterRules.ConferenceDue.Id);
        Assert.Equal(90, RegisterRules.ConferenceDue.Days);
    }

    /// <summary>An enterprise of unknown ownership counts in no rate (docs/legal.md ND145-CONFERENCE).</summary>
    [Fact]
    public void An_enterprise_of_unknown_ownership_counts_in_no_rate() =>
        Assert.Equal([WorkplaceKind.UnknownOwnership], Enum.GetValues<WorkplaceKind>().Where(k => !RegisterRules.CountsInRate(k)));

    /// <summary>Every enum a register shows has a name in both languages.</summary>
    [Fact]
    public void Every_register_enum_has_a_name_in_both_languages()
    {
        string Path(string file) => System.IO.Path.Combine(Infrastructure.Repo.Root, "src/Grassroots.Web/Modules/Registers/Resources", file);
        var vi = System.Xml.Linq.XDocument.Load(Path("Registers.resx")).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var en = System.Xml.Linq.XDocument.Load(Path("Registers.en.resx")).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var keys = new[]
        {
            typeof(DisputeKind), typeof(CaseSource), typeof(CaseStatus), typeof(AgreementCompliance), typeof(Web.Modules.Registers.Outreach.OutreachKind),
            typeof(Web.Modules.Registers.Outreach.OutreachForm), typeof(Web.Modules.Registers.DanVan.ModelField), typeof(Web.Modules.Registers.DanVan.RecognitionLevel),
            typeof(WorkplaceKind), typeof(ConferenceForm), typeof(DialogueTrigger),
        }.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"));
        Assert.All(keys, k => Assert.True(vi.Contains(k) && en.Contains(k), k));
    }
}
