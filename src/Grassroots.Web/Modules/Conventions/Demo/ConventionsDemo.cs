using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions.Demo;

/// <summary>
/// The demo's village conventions (README, "Demo data"): one village of every commune of today has its convention in
/// force since 2022, every other one amended in 2025; Rô Men's has an amendment posted for comments today; one in Bình
/// Sơn was adopted nine days ago and its file is late. Each version went the whole way: its draft posted with the
/// comments received (<see cref="IDraftConsultations"/>), the households' meeting entered from its record and the
/// result recognised with the convention (<see cref="ICommunityVotes"/>). Dates are working days, fixed or counted back
/// from today as the other demo data; deterministic, the same seed gives the same demo everywhere.
/// </summary>
public sealed class ConventionsDemo(AppDbContext db, ICommunityVotes votes, IDraftConsultations drafts, TimeProvider clock) : IDemoData
{
    private const string RoMen = "24971";

    private const string AmendmentSummary = "Sửa Điều 4 về thu gom rác thải theo lịch của xã; bổ sung Điều 8 về phòng, chống cháy nổ và giữ gìn đường giao thông nông thôn.";

    private static readonly string[] Comments =
    [
        "Đề nghị bổ sung quy định về giờ giấc sử dụng loa, nhạc trong khu dân cư.",
        "Tôi đồng ý với dự thảo.",
        "Nên quy định rõ mức đóng góp quỹ khuyến học của mỗi hộ.",
        "Đề nghị thôn bố trí điểm tập kết rác gần đường liên thôn.",
        "Cần thêm điều khoản về giữ gìn đường bê tông, không để vật liệu xây dựng trên đường.",
        "Đề nghị khen thưởng hộ thực hiện tốt hương ước tại hội nghị cuối năm.",
    ];

    /// <summary>The days of a version's path: posted, comments until, the households' meeting, the file sent and the commune's decision.</summary>
    private sealed record Path(DateOnly Posted, DateOnly CommentsUntil, DateOnly Meeting, DateOnly? FileSent = null, DateOnly? Decided = null, string? DecisionNumber = null);

    public int Order => 60;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20231111);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var communes = (await db.Units.AsNoTracking()
                .Where(u => (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township) && u.ValidFrom != null && u.ValidTo == null).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).OrderBy(u => u.Code).ToListAsync(ct);

        for (var i = 0; i < communes.Count; i++)
        {
            var village = villages.Where(v => v.ParentId == communes[i].Id).ElementAt(2);
            var convention = Start(village, now);
            var roll = await votes.HouseholdsAsync(village.Id, ct);
            // First text: posted 4/5/2022, meeting on Sunday 12/6/2022, file on Tuesday 14/6, recognised on Friday 17/6.
            await VersionAsync(convention, village, roll, TextOf(convention.Kind, village.Name, amended: false), null,
                new Path(new(2022, 5, 4), new(2022, 6, 3), new(2022, 6, 12), new(2022, 6, 14), new(2022, 6, 17), $"{12 + i}/QĐ-UBND"), random, now, ct);
            var amended = i % 2 == 0;
            if (amended)
            {
                // The amendment: posted 4/8/2025, meeting on Sunday 14/9/2025, file on Wednesday 17/9, recognised on Monday 22/9.
                await VersionAsync(convention, village, roll, TextOf(convention.Kind, village.Name, amended: true), AmendmentSummary,
                    new Path(new(2025, 8, 4), new(2025, 9, 5), new(2025, 9, 14), new(2025, 9, 17), new(2025, 9, 22), $"{85 + i}/QĐ-UBND"), random, now, ct);
            }
            if (communes[i].Code == RoMen)
            {
                // Rô Men: an amendment of the text in force, posted for comments ten days ago.
                var draft = Version(convention, TextOf(convention.Kind, village.Name, amended: true, burning: true), amended
                    ? "Bổ sung Điều 9 về đốt nương rẫy trong mùa khô, phòng cháy rừng."
                    : AmendmentSummary[..^1] + "; bổ sung Điều 9 về đốt nương rẫy trong mùa khô, phòng cháy rừng.", now);
                await PostAsync(convention, draft, village, today.AddDays(-10), today.AddDays(20), random, ct);
            }
        }

        // Bình Sơn: a village adopted its first convention nine days ago and has not sent the file yet (overdue).
        var late = villages.Where(v => v.ParentId == communes[0].Id).ElementAt(3);
        var lateConvention = Start(late, now);
        var meeting = today.AddDays(-9);
        await VersionAsync(lateConvention, late, await votes.HouseholdsAsync(late.Id, ct), TextOf(lateConvention.Kind, late.Name, amended: false), null,
            new Path(meeting.AddDays(-45), meeting.AddDays(-10), meeting), random, now, ct);
        await db.SaveChangesAsync(ct);
    }

    private Convention Start(Unit village, DateTime now)
    {
        var kind = ConventionRules.KindFor(village.Name);
        var convention = new Convention { CommunityId = village.Id, Kind = kind, Title = ConventionTexts.DefaultTitle(kind, village.Name), CreatedAt = now, CreatedBy = "demo" };
        db.Add(convention);
        return convention;
    }

    private ConventionVersion Version(Convention convention, string text, string? summary, DateTime now)
    {
        var version = new ConventionVersion
        {
            ConventionId = convention.Id,
            CommunityId = convention.CommunityId,
            Number = convention.Versions.Count + 1,
            Stage = ConventionStage.Drafting,
            Text = text,
            AmendmentSummary = summary,
            CreatedAt = now,
            CreatedBy = "demo",
        };
        convention.Versions.Add(version);
        db.Add(version); // its key is set: found only through the convention, it would be taken for a row already stored
        return version;
    }

    /// <summary>
    /// A version the whole way: posted with its comments; the households' meeting, three in four present and four in five
    /// of them approving (more than half of all); adopted and signed; and, when its file went, recognised by the commune.
    /// </summary>
    private async Task VersionAsync(Convention convention, Unit village, IReadOnlyList<CommunityHousehold> roll, string text, string? summary, Path path,
        Random random, DateTime now, CancellationToken ct)
    {
        var version = Version(convention, text, summary, now);
        await PostAsync(convention, version, village, path.Posted, path.CommentsUntil, random, ct);
        var matterId = await votes.OpenConventionVoteAsync(PutToVote.VoteOn(village.Code, convention, version, path.Meeting, path.Meeting), ct);
        version.MatterId = matterId;
        version.Stage = ConventionStage.Voting;
        var present = (int)Math.Ceiling(roll.Count * 0.75);
        var agree = Math.Max(roll.Count / 2 + 1, (int)Math.Round(present * 0.8));
        await votes.RecordHeldMeetingAsync(matterId, new HeldMeeting(path.Meeting, present,
            $"Hội nghị đại diện hộ gia đình {village.Name} do Trưởng thôn chủ trì, có đại diện Ban công tác Mặt trận. Có {present}/{roll.Count} hộ dự họp; {agree} hộ tán thành dự thảo.",
            roll.Take(present).Select((h, i) => new MeetingVote(h.Id, i < agree)).ToList()), ct);
        version.Adopt(await votes.GetAsync(matterId, ct), roll[0].RepresentativeName, roll[1].RepresentativeName, roll[2], roll[3]);
        if (path is { FileSent: { } sent, Decided: { } decided, DecisionNumber: { } number })
        {
            version.SendFile(sent, ConventionRules.CompleteFile);
            convention.Recognise(version, decided, number, "demo");
            await votes.RecogniseAsync(matterId, decided, ConventionTexts.RecognitionNote(convention, version), ct);
        }
    }

    /// <summary>The draft posted for comments, with those residents gave on the portal, at meetings and in writing up to today.</summary>
    private async Task PostAsync(Convention convention, ConventionVersion version, Unit village, DateOnly posted, DateOnly commentsUntil, Random random, CancellationToken ct)
    {
        var consultation = await drafts.OpenAsync(PostDraft.DraftOf(village.Code, convention, version, posted, commentsUntil), ct);
        version.PostedOn = posted;
        version.CommentsUntil = commentsUntil;
        version.ConsultationId = consultation;
        version.Stage = ConventionStage.Commenting;
        var n = 3 + random.Next(6);
        var days = Math.Max(1, Math.Min(clock.VietnamToday().DayNumber, commentsUntil.DayNumber) - posted.DayNumber);
        var comments = new List<ReceivedComment>();
        for (var i = 0; i < n; i++)
        {
            var channel = (CommentChannel)random.Next(3);
            comments.Add(new ReceivedComment(Comments[random.Next(Comments.Length)], "Người dân " + village.Name, village.Name, channel,
                posted.AddDays(random.Next(days)).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc)));
        }
        await drafts.RecordCommentsAsync(consultation, comments, ct);
    }

    /// <summary>A plausible text in the usual outline of a village convention: general rules, the concrete rules, implementation.</summary>
    private static string TextOf(ConventionKind kind, string community, bool amended, bool burning = false)
    {
        community = ConventionTexts.Lower(community);
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
