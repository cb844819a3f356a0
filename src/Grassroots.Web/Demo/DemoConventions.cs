using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Conventions;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Web.Demo;

/// <summary>
/// Village conventions: one village of every commune of today has its convention in force since 2022 (every other one
/// amended in 2025), Rô Men's has an amendment posted for comments today, one in Bình Sơn was adopted but its file is
/// late; and the demo household representative's account (<see cref="RepresentativeUserName"/>) in the Rô Men village
/// voting online today. Dates are working days, fixed or counted back from today as the other demo data.
/// </summary>
public sealed class DemoConventions(AppDbContext db, TimeProvider clock)
{
    public const string RepresentativeUserName = Platform.Demo.DemoAccounts.RepresentativeUserName;

    private static readonly string[] Comments =
    [
        "Đề nghị bổ sung quy định về giờ giấc sử dụng loa, nhạc trong khu dân cư.",
        "Tôi đồng ý với dự thảo.",
        "Nên quy định rõ mức đóng góp quỹ khuyến học của mỗi hộ.",
        "Đề nghị thôn bố trí điểm tập kết rác gần đường liên thôn.",
        "Cần thêm điều khoản về giữ gìn đường bê tông, không để vật liệu xây dựng trên đường.",
        "Đề nghị khen thưởng hộ thực hiện tốt hương ước tại hội nghị cuối năm.",
    ];

    public async Task SeedAsync(string passwordHash, CancellationToken ct)
    {
        var random = new Random(20231111);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var communes = (await db.Units.AsNoTracking().Where(u => (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township) && u.ValidFrom == DemoCatalog.Reform2025EffectiveDate)
            .ToListAsync(ct)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).OrderBy(u => u.Code).ToListAsync(ct);
        var rolls = (await db.Set<Household>().AsNoTracking().OrderBy(h => h.Number).ToListAsync(ct)).GroupBy(h => h.CommunityId).ToDictionary(g => g.Key, g => g.ToList());

        for (var i = 0; i < communes.Count; i++)
        {
            var commune = communes[i];
            var own = villages.Where(v => v.ParentId == commune.Id).ToList();
            var village = own[2];
            var kind = ConventionRules.KindFor(village.Name);
            var convention = new Convention
            {
                CommunityId = village.Id,
                Kind = kind,
                Title = RunConvention.DefaultTitle(kind, village.Name),
                CreatedAt = now,
                CreatedBy = "demo",
            };
            db.Add(convention);
            var roll = rolls[village.Id];
            // First text: posted 4/5/2022, meeting on Sunday 12/6/2022, file on Tuesday 14/6, recognised on Friday 17/6.
            await VersionAsync(convention, roll, 1, ConventionStage.Superseded, TextOf(kind, village.Name, amended: false), null,
                new DateOnly(2022, 5, 4), new DateOnly(2022, 6, 3), new DateOnly(2022, 6, 12), new DateOnly(2022, 6, 14), new DateOnly(2022, 6, 17),
                $"{12 + i}/QĐ-UBND", random, now, ct);
            var amended = i % 2 == 0;
            if (amended)
            {
                // The amendment: posted 4/8/2025, meeting on Sunday 14/9/2025, file on Wednesday 17/9, recognised on Monday 22/9.
                await VersionAsync(convention, roll, 2, ConventionStage.Recognised, TextOf(kind, village.Name, amended: true), AmendmentSummary,
                    new DateOnly(2025, 8, 4), new DateOnly(2025, 9, 5), new DateOnly(2025, 9, 14), new DateOnly(2025, 9, 17), new DateOnly(2025, 9, 22),
                    $"{85 + i}/QĐ-UBND", random, now, ct);
                convention.Versions.Single(v => v.Number == 1).SupersededOn = new DateOnly(2025, 9, 22);
            }
            else
            {
                convention.Versions.Single(v => v.Number == 1).Stage = ConventionStage.Recognised;
            }
            if (commune.Code == "24971")
            {
                // Rô Men: an amendment of the text in force, posted for comments ten days ago.
                var number = convention.Versions.Count + 1;
                var draft = new ConventionVersion
                {
                    ConventionId = convention.Id,
                    CommunityId = village.Id,
                    Number = number,
                    Stage = ConventionStage.Commenting,
                    Text = TextOf(kind, village.Name, amended: true, burning: true),
                    AmendmentSummary = amended
                        ? "Bổ sung Điều 9 về đốt nương rẫy trong mùa khô, phòng cháy rừng."
                        : AmendmentSummary[..^1] + "; bổ sung Điều 9 về đốt nương rẫy trong mùa khô, phòng cháy rừng.",
                    CreatedAt = now,
                    CreatedBy = "demo",
                    PostedOn = today.AddDays(-10),
                    CommentsUntil = today.AddDays(20),
                };
                draft.ConsultationId = Consultation(village, $"Dự thảo sửa đổi, bổ sung {Lower(convention.Title)} (lần {number - 1})", draft, random, now).Id;
                db.Add(draft);
            }
        }

        // Bình Sơn: a village adopted its first convention nine days ago and has not sent the file yet (overdue).
        var binhSon = communes.First();
        var late = villages.Where(v => v.ParentId == binhSon.Id).ElementAt(3);
        var lateKind = ConventionRules.KindFor(late.Name);
        var lateConvention = new Convention { CommunityId = late.Id, Kind = lateKind, Title = RunConvention.DefaultTitle(lateKind, late.Name), CreatedAt = now, CreatedBy = "demo" };
        db.Add(lateConvention);
        var meeting = today.AddDays(-9);
        await VersionAsync(lateConvention, rolls[late.Id], 1, ConventionStage.Adopted, TextOf(lateKind, late.Name, amended: false), null,
            meeting.AddDays(-45), meeting.AddDays(-10), meeting, null, null, null, random, now, ct);
        await db.SaveChangesAsync(ct);

        await RepresentativeAsync(communes.Single(c => c.Code == "24971"), villages, rolls, passwordHash, now, ct);
    }

    /// <summary>The representative of the last household of the Rô Men village voting online today (the household has not voted yet).</summary>
    private async Task RepresentativeAsync(Unit commune, List<Unit> villages, Dictionary<int, List<Household>> rolls, string passwordHash, DateTime now, CancellationToken ct)
    {
        var open = await db.Set<DecisionMatter>().AsNoTracking()
            .Where(m => m.Forms == (DecisionForms.Meeting | DecisionForms.Online) && m.Community!.ParentId == commune.Id).Select(m => new { m.Id, m.CommunityId }).FirstAsync(ct);
        var voted = await db.Set<DecisionVote>().Where(v => v.MatterId == open.Id).Select(v => v.HouseholdId).ToListAsync(ct);
        var notVoted = rolls[open.CommunityId].Last(x => !voted.Contains(x.Id)).Id;
        var household = await db.Set<Household>().FirstAsync(h => h.Id == notVoted, ct);
        var village = villages.Single(v => v.Id == open.CommunityId);
        var account = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = RepresentativeUserName,
            NormalizedUserName = RepresentativeUserName.ToUpperInvariant(),
            FullName = household.RepresentativeName,
            Position = $"Đại diện hộ gia đình số {household.Number}, {village.Name}",
            HomeUnitId = village.Id,
            PasswordHash = passwordHash,
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

    private async Task VersionAsync(Convention convention, List<Household> roll, int number, ConventionStage stage, string text, string? summary,
        DateOnly posted, DateOnly commentsUntil, DateOnly meeting, DateOnly? fileSent, DateOnly? decided, string? decisionNumber, Random random, DateTime now,
        CancellationToken ct)
    {
        var title = number == 1 ? Lower(convention.Title) : $"sửa đổi, bổ sung {Lower(convention.Title)} (lần {number - 1})";
        var version = new ConventionVersion
        {
            ConventionId = convention.Id,
            CommunityId = convention.CommunityId,
            Number = number,
            Stage = stage,
            Text = text,
            AmendmentSummary = summary,
            CreatedAt = now,
            CreatedBy = "demo",
            PostedOn = posted,
            CommentsUntil = commentsUntil,
        };
        var village = await db.Units.AsNoTracking().FirstAsync(u => u.Id == convention.CommunityId, ct);
        version.ConsultationId = Consultation(village, "Dự thảo " + title, version, random, now).Id;

        // The households' meeting: three in four households present, four in five of them approve (more than half of all).
        var matter = new DecisionMatter
        {
            CommunityId = convention.CommunityId,
            Subject = DecisionSubject.VillageConvention,
            Question = "Thông qua " + title,
            Details = $"Dự thảo niêm yết từ ngày {Text.Date(posted)}, lấy ý kiến đến ngày {Text.Date(commentsUntil)}. {summary}".Trim(),
            Forms = DecisionForms.Meeting,
            OpensOn = meeting,
            ClosesOn = meeting,
            ClosedAt = meeting.ToDateTime(new TimeOnly(13, 0), DateTimeKind.Utc),
            MeetingHeldOn = meeting,
            CreatedAt = now,
            CreatedBy = "demo",
            Options = [new DecisionOption { Order = 1, Text = "Tán thành" }, new DecisionOption { Order = 2, Text = "Không tán thành" }],
        };
        var present = (int)Math.Ceiling(roll.Count * 0.75);
        var agree = Math.Max(roll.Count / 2 + 1, (int)Math.Round(present * 0.8));
        matter.MeetingHouseholdsPresent = present;
        matter.Minutes = $"Hội nghị đại diện hộ gia đình {village.Name} do Trưởng thôn chủ trì, có đại diện Ban công tác Mặt trận. Có {present}/{roll.Count} hộ dự họp; {agree} hộ tán thành dự thảo.";
        if (decided is { } recognisedOn)
        {
            matter.RecognisedAt = recognisedOn.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
            matter.RecognisedBy = "demo";
            matter.RecognitionNote = $"Công nhận theo Quyết định số {decisionNumber}.";
            matter.HouseholdsAtRecognition = roll.Count;
        }
        db.Add(matter);
        await db.SaveChangesAsync(ct);
        var at = meeting.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        db.AddRange(roll.Take(present).Select((h, i) => new DecisionVote
        {
            MatterId = matter.Id,
            HouseholdId = h.Id,
            OptionId = matter.Options[i < agree ? 0 : 1].Id,
            Form = VoteForm.Meeting,
            CastAt = at,
            EnteredBy = "demo",
        }));

        version.MatterId = matter.Id;
        version.AdoptedOn = meeting;
        version.VotesInFavour = agree;
        version.HouseholdsAtAdoption = roll.Count;
        version.VillageHead = roll[0].RepresentativeName;
        version.FrontHead = roll[1].RepresentativeName;
        version.FirstSignerHouseholdId = roll[2].Id;
        version.FirstSigner = $"{roll[2].RepresentativeName} (hộ số {roll[2].Number})";
        version.SecondSignerHouseholdId = roll[3].Id;
        version.SecondSigner = $"{roll[3].RepresentativeName} (hộ số {roll[3].Number})";
        if (fileSent is { } sent)
        {
            version.FileSentOn = sent;
            version.FileDocuments = ConventionRules.CompleteFile;
            version.FileCompleteOn = sent;
            version.DecidedOn = decided;
            version.DecisionNumber = decisionNumber;
            version.DecidedBy = "demo";
        }
        db.Add(version);
    }

    private Consultation Consultation(Unit village, string title, ConventionVersion version, Random random, DateTime now)
    {
        var consultation = new Consultation
        {
            UnitId = village.Id,
            Subject = ConsultationSubject.Other,
            Title = title.Length > 300 ? title[..300] : title,
            Body = version.AmendmentSummary is null ? version.Text : $"Nội dung sửa đổi, bổ sung: {version.AmendmentSummary}\n\n{version.Text}",
            OpensOn = version.PostedOn!.Value,
            ClosesOn = version.CommentsUntil!.Value,
            Commenters = Commenters.Residents,
            CreatedAt = now,
            CreatedBy = "demo",
        };
        db.Add(consultation);
        var today = clock.VietnamToday();
        var n = 3 + random.Next(6);
        var last = Math.Min(today.DayNumber, consultation.ClosesOn.DayNumber);
        for (var i = 0; i < n; i++)
        {
            var channel = (CommentChannel)random.Next(3);
            db.Add(new ConsultationComment
            {
                ConsultationId = consultation.Id,
                Text = Comments[random.Next(Comments.Length)],
                AuthorName = "Người dân " + village.Name,
                AuthorAddress = village.Name,
                Channel = channel,
                ReceivedAt = consultation.OpensOn.AddDays(random.Next(Math.Max(1, last - consultation.OpensOn.DayNumber))).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
                EnteredBy = channel == CommentChannel.Portal ? null : "demo",
            });
        }
        consultation.CommentCount = n;
        return consultation;
    }

    private const string AmendmentSummary = "Sửa Điều 4 về thu gom rác thải theo lịch của xã; bổ sung Điều 8 về phòng, chống cháy nổ và giữ gìn đường giao thông nông thôn.";

    private static string Lower(string title) => title.Length > 0 ? char.ToLower(title[0], System.Globalization.CultureInfo.GetCultureInfo("vi")) + title[1..] : title;

    /// <summary>A plausible text in the usual outline of a village convention: general rules, the concrete rules, implementation.</summary>
    private static string TextOf(ConventionKind kind, string community, bool amended, bool burning = false)
    {
        community = Lower(community);
        var what = kind == ConventionKind.VillageConvention ? "Hương ước" : "Quy ước";
        var head = kind == ConventionKind.VillageConvention ? "Trưởng thôn" : "Tổ trưởng tổ dân phố";
        var waste = amended
            ? "Điều 4. Vệ sinh môi trường: rác thải sinh hoạt được phân loại tại hộ và để đúng nơi, đúng lịch thu gom của xã; không thả rông gia súc trên đường giao thông."
            : "Điều 4. Vệ sinh môi trường: rác thải sinh hoạt được để đúng nơi quy định; không thả rông gia súc trên đường giao thông.";
        var lines = new List<string>
        {
            "Chương I. NHỮNG QUY ĐỊNH CHUNG",
            $"Điều 1. {what} này quy định việc giữ gìn an ninh, trật tự, vệ sinh môi trường, xây dựng nếp sống văn minh và tình làng nghĩa xóm của cộng đồng dân cư {community}.",
            $"Điều 2. Mọi người dân sinh sống trên địa bàn {community} có trách nhiệm thực hiện {what.ToLowerInvariant()} này.",
            "Chương II. NHỮNG QUY ĐỊNH CỤ THỂ",
            $"Điều 3. An ninh, trật tự: các hộ gia đình tham gia tuần tra, canh gác theo phân công của {head} và Ban công tác Mặt trận; phát hiện việc vi phạm thì báo ngay cho công an xã.",
            waste,
            "Điều 5. Việc cưới, việc tang: tổ chức văn minh, tiết kiệm; không sử dụng loa công suất lớn sau 22 giờ.",
            "Điều 6. Khuyến học: cộng đồng khen thưởng học sinh giỏi vào dịp tổng kết năm học từ quỹ do các hộ tự nguyện đóng góp.",
            "Điều 7. Tình làng nghĩa xóm: các hộ giúp đỡ nhau khi ốm đau, hoạn nạn; mâu thuẫn trước hết được hòa giải tại tổ hòa giải.",
        };
        if (amended)
        {
            lines.Add("Điều 8. Phòng, chống cháy nổ: các hộ không tích trữ chất dễ cháy trong nhà ở; giữ thông thoáng đường giao thông nông thôn, không để vật liệu xây dựng trên đường quá 24 giờ.");
        }
        if (burning)
        {
            lines.Add("Điều 9. Phòng cháy rừng: các hộ gia đình không đốt nương rẫy trong mùa khô khi chưa báo Trưởng thôn và tổ bảo vệ rừng.");
        }
        lines.Add("Chương III. TỔ CHỨC THỰC HIỆN");
        lines.Add($"Điều {8 + (amended ? 1 : 0) + (burning ? 1 : 0)}. {head} và Ban công tác Mặt trận tổ chức thực hiện; hằng năm đánh giá việc thực hiện tại hội nghị cộng đồng dân cư cuối năm. {what} có hiệu lực kể từ ngày được Ủy ban nhân dân xã công nhận.");
        return string.Join("\n", lines);
    }
}
