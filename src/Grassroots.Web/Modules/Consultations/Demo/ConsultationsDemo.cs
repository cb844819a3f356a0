using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations.Demo;

/// <summary>
/// The demo's consultations (README, "Demo data"): in each commune of today, this year's land-use plan closed with its
/// comments and answered summary published, and next year's socio-economic plan open for comments today.
/// Deterministic: the same seed gives the same demo on every machine.
/// </summary>
public sealed class ConsultationsDemo(AppDbContext db, TimeProvider clock) : IDemoData
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

    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20230725);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var communes = (await db.Units.AsNoTracking()
                .Where(u => (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township) && u.ValidFrom != null && u.ValidTo == null).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        foreach (var commune in communes)
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
            AddComments(closed, random, today);
            AddComments(open, random, today);
            db.AddRange(
                new CommentGroup
                {
                    ConsultationId = closed.Id,
                    UnitId = commune.Id,
                    Order = 1,
                    Title = "Giữ quỹ đất lúa và đất xây dựng sân thể thao",
                    Comments = 12,
                    Answer = GroupAnswer.Accepted,
                    Response = "Tiếp thu: giữ nguyên 12 ha đất lúa, bố trí 0,8 ha đất thể thao tại trung tâm xã.",
                },
                new CommentGroup
                {
                    ConsultationId = closed.Id,
                    UnitId = commune.Id,
                    Order = 2,
                    Title = "Nâng mức hỗ trợ tái định cư",
                    Comments = 7,
                    Answer = GroupAnswer.Explained,
                    Response = "Giải trình: mức hỗ trợ do UBND tỉnh quy định; UBND xã đã kiến nghị tỉnh xem xét điều chỉnh.",
                });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Comments from the portal, meetings and letters, received on days of the window up to today.</summary>
    private void AddComments(Consultation consultation, Random random, DateOnly today)
    {
        var n = 15 + random.Next(40);
        var days = Math.Max(1, Math.Min(today.DayNumber, consultation.ClosesOn.DayNumber) - consultation.OpensOn.DayNumber);
        for (var i = 0; i < n; i++)
        {
            var channel = (CommentChannel)random.Next(3);
            var receivedAt = consultation.OpensOn.AddDays(random.Next(days)).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
            db.Add(new ConsultationComment
            {
                Id = ConsultationComment.IdFor(receivedAt),
                ConsultationId = consultation.Id,
                Text = Comments[random.Next(Comments.Length)],
                Channel = channel,
                ReceivedAt = receivedAt,
                EnteredBy = channel == CommentChannel.Portal ? null : "demo",
            });
        }
        consultation.CommentCount = n;
    }
}
