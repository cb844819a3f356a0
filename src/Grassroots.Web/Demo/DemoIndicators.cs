using System.Text.Json;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.Reports;

namespace Grassroots.Web.Demo;

/// <summary>
/// Entered indicators for every demo district and commune, half-year by half-year from 2021 to today
/// (one-stop dossiers, mediation, supervision, conferences, classification...), growing believably, and two
/// report periods: Đam Rông's six months of 2022 (reported and accepted) and the last half-year of the
/// provinces, open, some communes reported and some not. Deterministic.
/// </summary>
public static class DemoIndicators
{
    private static readonly UnitKind[] Reporting = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var random = new Random(20220630);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = await db.Units.AsNoTracking().Where(u => Reporting.Contains(u.Kind)).OrderBy(u => u.Code).ToListAsync(ct);
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).GroupBy(u => u.ParentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key ?? 0, g => g.Count, ct);
        var communesOf = units.Where(u => u.Kind != UnitKind.District).GroupBy(u => u.ParentId ?? 0).ToDictionary(g => g.Key, g => g.Count());
        var rows = new List<IndicatorValue>();
        void Add(Unit u, DateOnly from, DateOnly to, string key, decimal value) =>
            rows.Add(new IndicatorValue { UnitId = u.Id, Key = key, From = from, To = to, Value = Math.Max(0, value), Origin = ValueOrigin.Demo, EnteredBy = "demo", EnteredAt = now });

        for (var year = 2021; year <= today.Year; year++)
        {
            foreach (var (from, to) in new[] { (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)), (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)) })
            {
                if (from > today)
                {
                    continue;
                }
                var progress = (year - 2021) * 2 + (from.Month > 6 ? 1 : 0); // 0 … 11: online services grow
                foreach (var u in units.Where(u => u.IsActiveOn(from) || u.IsActiveOn(to)))
                {
                    var district = u.Kind == UnitKind.District;
                    var size = district ? 1.4 : 0.6 + random.NextDouble() * (u.IsRemoteArea ? 0.5 : 0.9);
                    // One-stop dossiers.
                    var received = (int)(size * (district ? 2600 : 420) * (0.9 + random.NextDouble() * 0.2));
                    var notEligible = (int)(received * (0.01 + random.NextDouble() * 0.03));
                    var pending = (int)(received * (0.01 + random.NextDouble() * 0.04));
                    var resolved = received - notEligible - pending;
                    var late = (int)(resolved * (0.002 + random.NextDouble() * 0.015));
                    Add(u, from, to, "onestop.received", received);
                    Add(u, from, to, "onestop.resolved", resolved);
                    Add(u, from, to, "onestop.on_time", resolved - late);
                    Add(u, from, to, "onestop.late", late);
                    Add(u, from, to, "onestop.pending", pending);
                    Add(u, from, to, "onestop.not_eligible", notEligible);
                    Add(u, from, to, "onestop.online", (int)(received * Math.Min(0.9, 0.005 + progress * 0.07 * random.NextDouble() * 1.6)));
                    var payable = (int)(received * 0.3);
                    Add(u, from, to, "onestop.payable", payable);
                    Add(u, from, to, "onestop.paid_online", (int)(payable * Math.Min(0.97, 0.15 + progress * 0.08)));
                    if (year >= 2023)
                    {
                        Add(u, from, to, "onestop.digitised_received", (int)(received * Math.Min(0.95, 0.3 + progress * 0.06)));
                        Add(u, from, to, "onestop.digitised_results", (int)(resolved * Math.Min(0.9, 0.2 + progress * 0.05)));
                    }
                    Add(u, from, to, "supervision.front_sessions", random.Next(district ? 2 : 0, district ? 6 : 3));
                    Add(u, from, to, "criticism.sessions", random.Next(0, district ? 3 : 2));
                    Add(u, from, to, "voters.meetings_councils", random.Next(1, district ? 5 : 3));
                    Add(u, from, to, "dialogues.held", random.Next(0, 3));
                    Add(u, from, to, "models.dan_van_kheo", random.Next(0, district ? 4 : 2));
                    if (district)
                    {
                        Add(u, from, to, "voters.meetings_national_assembly", random.Next(1, 3));
                        Add(u, from, to, "supervision.front_units_visited", random.Next(6, 20));
                        Add(u, from, to, "criticism.conferences", random.Next(1, 3));
                        Add(u, from, to, "criticism.by_draft", random.Next(0, 2));
                        Add(u, from, to, "workplace.agencies", 12);
                        Add(u, from, to, "workplace.agencies_held", from.Month == 1 ? 12 : 0);
                        var privateFirms = random.Next(4, 9);
                        Add(u, from, to, "workplace.private_enterprises", privateFirms);
                        Add(u, from, to, "workplace.private_held", random.Next(privateFirms / 3, privateFirms + 1));
                        Add(u, from, to, "workplace.state_enterprises", 1);
                        Add(u, from, to, "workplace.state_held", from.Month == 1 ? 1 : 0);
                        Add(u, from, to, "training.classes", random.Next(0, 2));
                        Add(u, from, to, "training.participants", random.Next(0, 2) * random.Next(60, 170));
                        Add(u, from, to, "profile.departments", 12);
                        var communes = communesOf.GetValueOrDefault(u.Id);
                        Add(u, from, to, "profile.communes", communes);
                        Add(u, from, to, "profile.administrative_units", communes);
                        Add(u, from, to, "onestop.communes_with_one_stop", communes);
                        if (from.Month == 1)
                        {
                            // Last year's classification of the district's agencies and communes.
                            var total = 12 + communes;
                            var excellent = random.Next(2, 7);
                            var completed = random.Next(2, 6);
                            Add(u, from, to, "classification.excellent", excellent);
                            Add(u, from, to, "classification.completed", completed);
                            Add(u, from, to, "classification.good", total - excellent - completed);
                        }
                    }
                    else
                    {
                        var received2 = random.Next(2, 16);
                        var successful = (int)Math.Round(received2 * (0.8 + random.NextDouble() * 0.2));
                        var pending2 = received2 - successful > 0 ? random.Next(0, received2 - successful + 1) : 0;
                        Add(u, from, to, "mediation.received", received2);
                        Add(u, from, to, "mediation.successful", successful);
                        Add(u, from, to, "mediation.pending", pending2);
                        Add(u, from, to, "mediation.failed", received2 - successful - pending2);
                        Add(u, from, to, "supervision.community_investment", random.Next(1, 6));
                        Add(u, from, to, "supervision.inspection_board", random.Next(1, 4));
                        Add(u, from, to, "supervision.inspection_boards", 1);
                        var teams = villages.GetValueOrDefault(u.Id, 4);
                        Add(u, from, to, "mediation.teams", teams);
                        Add(u, from, to, "security.teams", teams);
                        Add(u, from, to, "profile.population", (int)(size * 9000) + random.Next(0, 800));
                        Add(u, from, to, "onestop.offices_standardised", year >= 2023 ? 1 : 0);
                    }
                }
            }
        }
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await PeriodsAsync(db, clock, units, ct);
    }

    private static async Task PeriodsAsync(AppDbContext db, TimeProvider clock, List<Unit> units, CancellationToken ct)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var templates = await db.Set<ReportTemplate>().ToDictionaryAsync(t => t.Key, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.VietnamToday();

        // Đam Rông, six months of 2022: every commune reported, six accepted, one returned, one still a draft.
        var damRong = units.Single(u => u.Code == "675");
        var communes = units.Where(u => u.ParentId == damRong.Id).OrderBy(u => u.Code).ToList();
        var past = new ReportPeriod
        {
            TemplateId = templates[BuiltInTemplates.SteeringSixMonths].Id,
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
                    ["situation"] = $"Trong 6 tháng đầu năm 2022, tình hình kinh tế - xã hội của {c.Name.ToLowerInvariant()} ổn định; Nhân dân tích cực lao động sản xuất.",
                    ["commune"] = "Các nội dung dân biết, dân bàn, dân làm, dân kiểm tra được niêm yết công khai tại trụ sở UBND xã và nhà sinh hoạt cộng đồng các thôn.",
                    ["achievements"] = "Tiếp công dân đúng lịch; đơn thư được giải quyết kịp thời, không có vụ việc vượt cấp.",
                    ["limitations"] = "Một số thôn, bon chưa duy trì thường xuyên sinh hoạt quy ước, hương ước.",
                }),
                Number = (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                SignerName = "",
                ReturnComment = status == ReportStatus.Returned ? "Đề nghị bổ sung số liệu hòa giải ở cơ sở." : null,
                SubmittedAt = status == ReportStatus.Draft ? null : new DateTime(2022, 6, 10 + i % 5, 3, 0, 0, DateTimeKind.Utc),
                AcceptedAt = status == ReportStatus.Accepted ? new DateTime(2022, 6, 18, 3, 0, 0, DateTimeKind.Utc) : null,
                UpdatedAt = now,
                UpdatedBy = "demo",
            });
        }

        // The last half-year of each province, open: due ten days from today; a few communes have reported.
        var lastHalf = today.Month > 6 ? (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 6, 30)) : (new DateOnly(today.Year - 1, 7, 1), new DateOnly(today.Year - 1, 12, 31));
        foreach (var province in await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Province).OrderBy(u => u.Code).ToListAsync(ct))
        {
            var members = units.Where(u => u.ParentId == province.Id && u.Kind != UnitKind.District && (u.ValidFrom == null || u.ValidFrom <= lastHalf.Item2)).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var words = ReportComposer.PeriodWords(lastHalf.Item1, lastHalf.Item2).Period;
            var open = new ReportPeriod
            {
                TemplateId = templates[BuiltInTemplates.GovernmentReview].Id,
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
        await db.SaveChangesAsync(ct);
    }
}
