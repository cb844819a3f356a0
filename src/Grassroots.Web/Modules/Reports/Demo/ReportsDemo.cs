using System.Globalization;
using System.Text.Json;

namespace Grassroots.Web.Modules.Reports.Demo;

/// <summary>
/// Two kinds of report period, after the indicators they print (order 80): Đam Rông's six months of 2022, every commune
/// reported, six accepted, one returned and one still a draft; and the last half-year of each province, open, due ten
/// days from today, two communes having reported.
/// </summary>
public sealed class ReportsDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    /// <summary>The units that report to a district or a province.</summary>
    private static readonly UnitKind[] Communes = [UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public int Order => 90;

    public async Task SeedAsync(CancellationToken ct)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var templates = await db.Set<ReportTemplate>().ToDictionaryAsync(t => t.Key, ct);
        await DamRongAsync(templates[BuiltInTemplates.SteeringSixMonths], ct);
        await ProvincesAsync(templates[BuiltInTemplates.GovernmentReview], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The seed report's period: Đam Rông's communes reporting on the first half of 2022.</summary>
    private async Task DamRongAsync(ReportTemplate template, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var damRong = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "675", ct);
        var communes = await db.Units.AsNoTracking().Where(u => u.ParentId == damRong.Id && Communes.Contains(u.Kind)).OrderBy(u => u.Code).ToListAsync(ct);
        var past = new ReportPeriod
        {
            TemplateId = template.Id,
            OwnerUnitId = damRong.Id,
            Title = "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2022",
            From = new DateOnly(2022, 1, 1),
            To = new DateOnly(2022, 6, 30),
            DueOn = new DateOnly(2022, 6, 15),
            Recipient = "Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở huyện Đam Rông",
            Status = PeriodStatus.Open,
            OpenedAt = new DateTime(2022, 6, 1, 2, 0, 0, DateTimeKind.Utc),
            Units = communes.Select(c => new ReportPeriodUnit { UnitId = c.Id }).ToList(),
        };
        db.Add(past);
        for (var i = 0; i < communes.Count; i++)
        {
            var c = communes[i];
            var status = i < 6 ? ReportStatus.Accepted : i == 6 ? ReportStatus.Returned : ReportStatus.Draft;
            db.Add(new UnitReport
            {
                PeriodId = past.Id,
                UnitId = c.Id,
                Status = status,
                Prose = JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["situation"] = $"Trong 6 tháng đầu năm 2022, tình hình kinh tế - xã hội của {c.Name} ổn định; Nhân dân tích cực lao động sản xuất.",
                    ["commune"] = "Các nội dung dân biết, dân bàn, dân làm, dân kiểm tra được niêm yết công khai tại trụ sở UBND xã và nhà sinh hoạt cộng đồng các thôn.",
                    ["achievements"] = "Tiếp công dân đúng lịch; đơn thư được giải quyết kịp thời, không có vụ việc vượt cấp.",
                    ["limitations"] = "Một số thôn, bon chưa duy trì thường xuyên sinh hoạt quy ước, hương ước.",
                }),
                Number = (10 + i).ToString(CultureInfo.InvariantCulture),
                SignerName = "",
                ReturnComment = status == ReportStatus.Returned ? "Đề nghị bổ sung số liệu hòa giải ở cơ sở." : null,
                SubmittedAt = status == ReportStatus.Draft ? null : new DateTime(2022, 6, 10 + i % 5, 3, 0, 0, DateTimeKind.Utc),
                AcceptedAt = status == ReportStatus.Accepted ? new DateTime(2022, 6, 18, 3, 0, 0, DateTimeKind.Utc) : null,
                UpdatedAt = now,
                UpdatedBy = "demo",
            });
        }
    }

    /// <summary>The last half-year of each province, open: the communes of today (after the 2025 reform) report to it.</summary>
    private async Task ProvincesAsync(ReportTemplate template, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.VietnamToday();
        var lastHalf = today.Month > 6 ? (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 6, 30)) : (new DateOnly(today.Year - 1, 7, 1), new DateOnly(today.Year - 1, 12, 31));
        var words = ReportComposer.PeriodWords(lastHalf.Item1, lastHalf.Item2).Period;
        foreach (var province in await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Province).OrderBy(u => u.Code).ToListAsync(ct))
        {
            var members = await db.Units.AsNoTracking()
                .Where(u => u.ParentId == province.Id && Communes.Contains(u.Kind) && (u.ValidFrom == null || u.ValidFrom <= lastHalf.Item2))
                .OrderBy(u => u.Code).ToListAsync(ct);
            if (members.Count == 0)
            {
                continue;
            }
            var open = new ReportPeriod
            {
                TemplateId = template.Id,
                OwnerUnitId = province.Id,
                Title = $"Báo cáo công tác dân vận chính quyền và dân chủ ở cơ sở {words}",
                From = lastHalf.Item1,
                To = lastHalf.Item2,
                DueOn = today.AddDays(10),
                Recipient = $"Ủy ban nhân dân {province.Name}",
                Status = PeriodStatus.Open,
                OpenedAt = now.AddDays(-20),
                Units = members.Select(c => new ReportPeriodUnit { UnitId = c.Id }).ToList(),
            };
            db.Add(open);
            foreach (var c in members.Take(2))
            {
                db.Add(new UnitReport
                {
                    PeriodId = open.Id,
                    UnitId = c.Id,
                    Status = ReportStatus.Submitted,
                    Prose = JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["situation"] = $"{c.Name} sau sắp xếp đơn vị hành chính hoạt động ổn định; bộ máy chính quyền hai cấp vận hành thông suốt.",
                        ["achievements"] = "Bộ phận Một cửa xã tiếp nhận, giải quyết hồ sơ đúng hạn; tỷ lệ hồ sơ trực tuyến tăng.",
                    }),
                    SubmittedAt = now.AddDays(-3),
                    UpdatedAt = now.AddDays(-3),
                    UpdatedBy = "demo",
                });
            }
        }
    }
}
