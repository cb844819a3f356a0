using System.Globalization;
using Grassroots.Web.Modules.Decisions.Households;
using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Decisions.Demo;

/// <summary>
/// The demo's community decisions (README, "Demo data"): the household roll of every village with last year's year-end
/// meeting; in the first two villages of each commune of today a decision passed or failed, or one voted online today
/// (a road contribution fails with about 60% of households agreeing, short of the two thirds it needs; the use of the
/// village fund passes with about 76%; a convention's meeting lacks participation);
/// and the household representative's own account (<see cref="DemoAccounts.RepresentativeUserName"/>) in the Rô Men
/// village voting online today. Deterministic: the same seed gives the same demo on every machine.
/// </summary>
public sealed class DecisionsDemo(AppDbContext db, IPasswordHasher<AppUser> hasher, TimeProvider clock) : IDemoData
{
    private const string RoMen = "24971";

    // Invented combinations of common Kinh and K'Ho / M'Nông names.
    private static readonly string[] FamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh",
        "Đoàn", "Lâm", "Mai", "Trịnh", "Lương", "Cao", "Tạ", "Hà", "Tô", "Kiều", "Châu", "Lữ", "Thái", "Tôn", "Hoàng", "Lưu", "Lại",
        "K'", "Ka", "Kră", "Kră Jăn", "Cil", "Liêng", "Liêng Hót", "Bon Jốc", "Đa Cát", "Rơ Ông", "Ndu", "Kơ Să", "Điểu",
    ];

    private static readonly string[] MiddleNames =
    [
        "Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Quang", "Kim", "Mỹ", "Thu",
        "Hoàng", "Bảo", "Gia", "Tấn", "Thành", "Bá", "Khánh", "Phương", "Thế", "Trung",
    ];

    private static readonly string[] GivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Lâm", "Long", "Lợi",
        "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phúc", "Quân", "Sang", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trí", "Trung",
        "Tuấn", "Việt", "Vinh", "Vũ",
        "Anh", "Bích", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Lan",
        "Liên", "Linh", "Loan", "Mai", "Ngân", "Nga", "Nhung", "Oanh", "Phượng", "Quyên", "Sương", "Thảo", "Thủy", "Trang", "Tuyết",
        "Vân", "Yến",
    ];

    private static readonly (DecisionSubject Subject, string Question, string[] Options, DecisionForms Forms, double Presence, double Agree)[] Matters =
    [
        // About 60% of all households agree: more than half, but a contribution needs two thirds (docs/legal.md L10-21-1-TWO-THIRDS): not adopted.
        (DecisionSubject.PublicWorksContribution, "Mỗi hộ đóng góp 300.000 đồng bê tông hóa đường thôn", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting, 0.8, 0.75),
        (DecisionSubject.VillageConvention, "Thông qua quy ước sửa đổi về giữ gìn vệ sinh môi trường", ["Tán thành", "Không tán thành"], DecisionForms.Meeting, 0.4, 0.9),
        // About 76% of all households agree: at least two thirds, adopted; the village's own matter, in effect on adoption.
        (DecisionSubject.CommunityFunds, "Dùng quỹ thôn sửa mái nhà văn hóa", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting, 0.9, 0.85),
        (DecisionSubject.OtherSelfManaged, "Tổ chức ngày hội đại đoàn kết toàn dân tộc tại nhà văn hóa thôn", ["Đồng ý", "Không đồng ý"], DecisionForms.Meeting | DecisionForms.Online, 0.45, 0.8),
    ];

    public int Order => 40;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20230701);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).OrderBy(u => u.Code).ToListAsync(ct);
        var rolls = new Dictionary<int, List<Household>>();
        foreach (var village in villages)
        {
            rolls[village.Id] = Roll(village, random, now);
            YearEndMeeting(village, rolls[village.Id].Count, today.Year - 1, random);
        }
        await MattersAsync(villages, rolls, random, today, now, ct);
        await db.SaveChangesAsync(ct);
        await RepresentativeAsync(now, ct);
    }

    private List<Household> Roll(Unit village, Random random, DateTime now)
    {
        var count = 20 + random.Next(26);
        var roll = Enumerable.Range(1, count).Select(i => new Household
        {
            CommunityId = village.Id,
            Number = i.ToString("000", CultureInfo.InvariantCulture),
            RepresentativeName = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
            Address = village.Name,
            VoteCode = Household.NewVoteCode(),
            CreatedAt = now,
        }).ToList();
        db.AddRange(roll);
        return roll;
    }

    /// <summary>Last year's meeting, held and minuted; one village in ten sent its invitations too late.</summary>
    private void YearEndMeeting(Unit village, int households, int year, Random random)
    {
        var on = new DateOnly(year, 12, 10 + random.Next(15));
        db.Add(new YearEndMeeting
        {
            CommunityId = village.Id,
            Year = year,
            PlannedOn = on,
            Place = "Nhà văn hóa " + village.Name,
            InvitationsSentOn = on.AddDays(random.NextDouble() < 0.1 ? -3 : -7),
            HeldOn = on,
            HouseholdsPresent = (int)(households * (0.6 + random.NextDouble() * 0.35)),
            Minutes = $"Hội nghị tổng kết năm {year}: Trưởng thôn báo cáo kết quả thực hiện dân chủ ở cơ sở; bầu đại diện dự hội nghị của xã.",
        });
    }

    /// <summary>The first two villages of each commune of today: decisions passed and failed at meetings, and one voted online this week.</summary>
    private async Task MattersAsync(List<Unit> villages, Dictionary<int, List<Household>> rolls, Random random, DateOnly today, DateTime now, CancellationToken ct)
    {
        var communes = (await db.Units.AsNoTracking()
                .Where(u => (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township) && u.ValidFrom != null && u.ValidTo == null).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var k = 0;
        foreach (var village in communes.SelectMany(c => villages.Where(v => v.ParentId == c.Id).Take(2)))
        {
            var spec = Matters[k++ % Matters.Length];
            var isOpen = spec.Subject == DecisionSubject.OtherSelfManaged;
            var opens = isOpen ? today.AddDays(-3) : today.AddDays(-40 - random.Next(200));
            var roll = rolls[village.Id];
            var present = (int)Math.Round(roll.Count * spec.Presence);
            var matter = new DecisionMatter
            {
                CommunityId = village.Id,
                Subject = spec.Subject,
                Question = spec.Question,
                Forms = spec.Forms,
                OnlineAgreed = spec.Forms.HasFlag(DecisionForms.Online),
                HouseholdsChoosingOnline = spec.Forms.HasFlag(DecisionForms.Online) ? roll.Count / 2 + 1 : null,
                OpensOn = opens,
                ClosesOn = isOpen ? today.AddDays(7) : opens,
                MeetingHeldOn = opens,
                MeetingNoticeOn = opens.AddDays(-5),
                MeetingHouseholdsPresent = present,
                Minutes = $"Hội nghị đại diện hộ gia đình {village.Name} do Trưởng thôn chủ trì, có đại diện Ban công tác Mặt trận thôn. Có {present}/{roll.Count} hộ dự họp.",
                CreatedAt = now,
                CreatedBy = "demo",
                Options = spec.Options.Select((o, i) => new DecisionOption { Order = i + 1, Text = o }).ToList(),
            };
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
            else if (DecisionRules.RecognisedBy(spec.Subject) != RecognitionBody.None && DecisionRules.ApprovalFor(spec.Subject).Reached(agree, roll.Count))
            {
                matter.RecognisedAt = at.AddDays(3);
                matter.RecognisedBy = "demo";
                matter.HouseholdsAtRecognition = roll.Count;
            }
        }
    }

    /// <summary>The representative of the last household of the Rô Men village voting online today that has not voted yet.</summary>
    private async Task RepresentativeAsync(DateTime now, CancellationToken ct)
    {
        var open = await db.Set<DecisionMatter>().AsNoTracking()
            .Where(m => m.Forms == (DecisionForms.Meeting | DecisionForms.Online) && m.Community!.Parent!.Code == RoMen).Select(m => new { m.Id, m.CommunityId }).FirstAsync(ct);
        var voted = db.Set<DecisionVote>().Where(v => v.MatterId == open.Id).Select(v => v.HouseholdId);
        var household = await db.Set<Household>().Include(h => h.Community).Where(h => h.CommunityId == open.CommunityId && !voted.Contains(h.Id))
            .OrderByDescending(h => h.Number).FirstAsync(ct);
        var account = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = DemoAccounts.RepresentativeUserName,
            NormalizedUserName = DemoAccounts.RepresentativeUserName.ToUpperInvariant(),
            FullName = household.RepresentativeName,
            Position = OpenRepresentativeAccount.RepresentativePosition(household),
            HomeUnitId = household.CommunityId,
            PasswordHash = hasher.HashPassword(null!, DemoAccounts.DemoPassword),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            CreatedAt = now,
        };
        db.Users.Add(account);
        await db.SaveChangesAsync(ct);
        household.RepresentativeAccountId = account.Id;
        await db.SaveChangesAsync(ct);
    }
}
