using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Web.Demo;

/// <summary>
/// Household
/// rolls of every village, community decisions passed and failed, consultations with comments and answered summaries.
/// Deterministic: the same seed gives the same demo on every machine.
/// </summary>
public sealed class DemoParticipation(AppDbContext db, TimeProvider clock)
{
    private static readonly string[] Comments =
    [
        "Đề nghị ưu tiên nâng cấp tuyến đường vào khu sản xuất trước mùa mưa.",
        "Cần công khai rõ diện tích đất lúa chuyển sang đất ở tại từng thôn.",
        "Tôi đồng ý với dự thảo, đề nghị sớm triển khai.",
        "Đề nghị bổ sung kinh phí cho hệ thống nước sinh hoạt ở các thôn vùng cao.",
        "Mức hỗ trợ tái định cư còn thấp so với giá thị trường.",
        "Đề nghị giữ lại quỹ đất xây dựng sân thể thao cho thanh niên.",
        "Cần lắp thêm đèn chiếu sáng trên tuyến đường liên thôn.",
        "Đề nghị lấy ý kiến trực tiếp tại nhà văn hóa các thôn để bà con dễ tham gia.",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20230701);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var reform = DemoCatalog.Reform2025EffectiveDate;
        var communes = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

        // Household rolls of the villages of today's communes.
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).OrderBy(u => u.Code).ToListAsync(ct);
        var households = new Dictionary<int, List<Household>>();
        foreach (var village in villages)
        {
            var list = new List<Household>();
            var count = 20 + random.Next(26);
            for (var i = 1; i <= count; i++)
            {
                var family = DemoCatalog.FamilyNames[random.Next(DemoCatalog.FamilyNames.Count)];
                list.Add(new Household
                {
                    CommunityId = village.Id,
                    Number = i.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                    RepresentativeName = $"{family} {DemoCatalog.MiddleNames[random.Next(DemoCatalog.MiddleNames.Count)]} {DemoCatalog.GivenNames[random.Next(DemoCatalog.GivenNames.Count)]}",
                    Address = $"{village.Name}",
                    VoteCode = Households.NewVoteCode(),
                    CreatedAt = now,
                });
            }
            db.AddRange(list);
            households[village.Id] = list;
            // Last year's meeting, held and minuted; one village in ten sent its invitations too late.
            var year = today.Year - 1;
            var on = new DateOnly(year, 12, 10 + random.Next(15));
            db.Add(new YearEndMeeting
            {
                CommunityId = village.Id,
                Year = year,
                PlannedOn = on,
                Place = "Nhà văn hóa " + village.Name,
                InvitationsSentOn = on.AddDays(random.NextDouble() < 0.1 ? -3 : -7),
                HeldOn = on,
                HouseholdsPresent = (int)(count * (0.6 + random.NextDouble() * 0.35)),
                Minutes = $"Hội nghị tổng kết năm {year}: Trưởng thôn báo cáo kết quả thực hiện dân chủ ở cơ sở; bầu đại diện dự hội nghị của xã.",
            });
        }

        // Community decisions: the first two villages of each commune of today.
        var matters = new (DecisionSubject Subject, string Question, string[] Options, DecisionForms Forms, double Presence, double Agree)[]
        {
            (DecisionSubject.PublicWorksContribution, "Mỗi hộ đóng góp 300.000 đồng bê tông hóa đường thôn", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting, 0.8, 0.75),
            (DecisionSubject.VillageConvention, "Thông qua quy ước sửa đổi về giữ gìn vệ sinh môi trường", ["Tán thành", "Không tán thành"], DecisionForms.Meeting, 0.4, 0.9),
            (DecisionSubject.CommunityFunds, "Dùng quỹ thôn sửa mái nhà văn hóa", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting, 0.7, 0.35),
            (DecisionSubject.OtherSelfManaged, "Tổ chức ngày hội đại đoàn kết toàn dân tộc tại nhà văn hóa thôn", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting | DecisionForms.Online, 0.45, 0.8),
        };
        var today7 = today;
        var k = 0;
        foreach (var commune in communes.Where(c => c.ValidFrom == reform))
        {
            foreach (var village in villages.Where(v => v.ParentId == commune.Id).Take(2))
            {
                var spec = matters[k++ % matters.Length];
                var isOpen = spec.Subject == DecisionSubject.OtherSelfManaged;
                var opens = isOpen ? today7.AddDays(-3) : today7.AddDays(-40 - random.Next(200));
                var matter = new DecisionMatter
                {
                    CommunityId = village.Id,
                    Subject = spec.Subject,
                    Question = spec.Question,
                    Forms = spec.Forms,
                    OnlineAgreed = spec.Forms.HasFlag(DecisionForms.Online),
                    OpensOn = opens,
                    ClosesOn = isOpen ? today7.AddDays(7) : opens,
                    CreatedAt = now,
                    CreatedBy = "demo",
                    Options = spec.Options.Select((o, i) => new DecisionOption { Order = i + 1, Text = o }).ToList(),
                };
                var roll = households[village.Id];
                var present = (int)Math.Round(roll.Count * spec.Presence);
                matter.MeetingHeldOn = opens;
                matter.MeetingHouseholdsPresent = present;
                matter.Minutes = $"Hội nghị đại diện hộ gia đình {village.Name} do Trưởng thôn chủ trì, có đại diện Ban công tác Mặt trận thôn. Có {present}/{roll.Count} hộ dự họp.";
                db.Add(matter);
                await db.SaveChangesAsync(ct);
                var agree = (int)Math.Round(present * spec.Agree);
                var at = opens.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                db.AddRange(roll.Take(present).Select((h, i) => new DecisionVote
                {
                    MatterId = matter.Id,
                    HouseholdId = h.Id,
                    OptionId = matter.Options[i < agree ? 0 : 1].Id,
                    Form = VoteForm.Meeting,
                    CastAt = at,
                    EnteredBy = "demo",
                }));
                if (isOpen)
                {
                    db.AddRange(roll.Skip(present).Take(roll.Count / 5).Select(h => new DecisionVote
                    {
                        MatterId = matter.Id,
                        HouseholdId = h.Id,
                        OptionId = matter.Options[0].Id,
                        Form = VoteForm.Online,
                        CastAt = now,
                    }));
                }
                else if (agree * 2 > roll.Count)
                {
                    matter.RecognisedAt = at.AddDays(3);
                    matter.RecognisedBy = "demo";
                    matter.HouseholdsAtRecognition = roll.Count;
                }
            }
        }

        // Consultations: a closed land-use plan with its answered summary, and a draft open today.
        foreach (var commune in communes.Where(c => c.ValidFrom == reform))
        {
            var closed = new Consultation
            {
                UnitId = commune.Id,
                Subject = ConsultationSubject.LandUsePlan,
                Title = $"Dự thảo kế hoạch sử dụng đất năm {today.Year} của {commune.Name}",
                Body = "Dự thảo kế hoạch sử dụng đất, danh mục công trình, dự án và diện tích đất chuyển mục đích được niêm yết tại trụ sở UBND xã và nhà văn hóa các thôn.",
                OpensOn = today.AddDays(-90),
                ClosesOn = today.AddDays(-60),
                Commenters = Commenters.Anyone,
                CreatedAt = now,
                CreatedBy = "demo",
                SummaryIntro = "UBND xã đã nhận ý kiến qua cổng thông tin, hội nghị tại các thôn và văn bản; tổng hợp, tiếp thu và giải trình như sau.",
                SummaryPublishedAt = now,
            };
            var open = new Consultation
            {
                UnitId = commune.Id,
                Subject = ConsultationSubject.SocioEconomicPlan,
                Title = $"Dự thảo kế hoạch phát triển kinh tế - xã hội năm {today.Year + 1}",
                Body = "Mục tiêu tổng quát, các chỉ tiêu chủ yếu và nhiệm vụ, giải pháp năm tới. Bà con góp ý trực tiếp trên trang này, tại hội nghị thôn hoặc bằng văn bản gửi UBND xã.",
                OpensOn = today.AddDays(-10),
                ClosesOn = today.AddDays(20),
                Commenters = Commenters.Anyone,
                CreatedAt = now,
                CreatedBy = "demo",
            };
            db.AddRange(closed, open);
            foreach (var c in new[] { closed, open })
            {
                var n = 15 + random.Next(40);
                for (var i = 0; i < n; i++)
                {
                    var channel = (CommentChannel)random.Next(3);
                    db.Add(new ConsultationComment
                    {
                        ConsultationId = c.Id,
                        Text = Comments[random.Next(Comments.Length)],
                        Channel = channel,
                        ReceivedAt = c.OpensOn.AddDays(random.Next(Math.Max(1, Math.Min(today.DayNumber, c.ClosesOn.DayNumber) - c.OpensOn.DayNumber))).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
                        EnteredBy = channel == CommentChannel.Portal ? null : "demo",
                    });
                }
                c.CommentCount = n;
            }
            db.AddRange(
                new CommentGroup
                {
                    ConsultationId = closed.Id,
                    UnitId = commune.Id,
                    Order = 1,
                    Title = "Giữ quỹ đất lúa và đất xây dựng sân thể thao",
                    Comments = 12,
                    Answer = GroupAnswer.Accepted,
                    Response = "Tiếp thu: giữ nguyên 12 ha đất lúa, bố trí 0,8 ha đất thể thao tại trung tâm xã."
                },
                new CommentGroup
                {
                    ConsultationId = closed.Id,
                    UnitId = commune.Id,
                    Order = 2,
                    Title = "Nâng mức hỗ trợ tái định cư",
                    Comments = 7,
                    Answer = GroupAnswer.Explained,
                    Response = "Giải trình: mức hỗ trợ do UBND tỉnh quy định; UBND xã đã kiến nghị tỉnh xem xét điều chỉnh."
                });
        }
        await db.SaveChangesAsync(ct);
    }
}
