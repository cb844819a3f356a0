using System.Globalization;
using System.Security.Cryptography;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Disclosure.Demo;

/// <summary>
/// The demo's disclosures (docs/demo-data.md): each commune's since 2021 (most posted the full 30 days, some too briefly,
/// some without the loudspeaker); what agencies, public service units and enterprises disclosed to their staff and
/// workers since the law came into force (1/7/2023), some items missing, some postings too short; and the budget tables
/// today's communes published on their portal as Excel files. Deterministic: the same seeds give the same demo everywhere.
/// </summary>
public sealed class DisclosureDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly DateOnly LawInForce = new(2023, 7, 1);

    public int Order => 30;

    private static readonly Dictionary<int, string[]> DisclosureTitles = new()
    {
        [1] = ["Kế hoạch phát triển kinh tế - xã hội năm {0}", "Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm {0}"],
        [2] = ["Dự toán ngân sách xã năm {0}", "Tình hình thực hiện dự toán ngân sách 6 tháng đầu năm {0}", "Quyết toán ngân sách xã năm {0}"],
        [3] = ["Danh mục công trình đầu tư công năm {0}: bê tông hóa đường giao thông nông thôn", "Tiến độ dự án nhà văn hóa xã năm {0}"],
        [4] = ["Kế hoạch sử dụng đất năm {0}", "Danh sách thửa đất công ích cho thuê năm {0}"],
        [5] = ["Quy hoạch khu dân cư mới giai đoạn {0}–{1}"],
        [6] = ["Phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng đường liên xã năm {0}"],
        [7] = ["Thu, chi quỹ Vì người nghèo năm {0}", "Quyết toán các khoản đóng góp xây dựng đường thôn năm {0}"],
        [8] = ["Mức thu phí, lệ phí tại UBND xã năm {0}"],
        [9] = ["Danh sách hộ nghèo, hộ cận nghèo năm {0}", "Danh sách đối tượng hưởng trợ cấp xã hội năm {0}", "Danh sách hộ được hỗ trợ xóa nhà tạm năm {0}"],
        [10] = ["Bộ thủ tục hành chính thực hiện tại UBND xã năm {0}"],
        [11] = ["Kết quả giải quyết khiếu nại, tố cáo năm {0}"],
        [12] = ["Kết quả tiếp thu ý kiến Nhân dân về kế hoạch sử dụng đất năm {0}"],
        [13] = ["Đề án sáp nhập thôn, tổ dân phố năm {0}"],
        [14] = ["Kết quả lấy phiếu tín nhiệm năm {0}"],
    };

    private static readonly Dictionary<(DisclosureAudience, int), string[]> Titles = new()
    {
        [(DisclosureAudience.Agency, 1)] = ["Phổ biến văn bản mới về chế độ, chính sách đối với cán bộ, công chức năm {0}"],
        [(DisclosureAudience.Agency, 2)] = ["Kế hoạch công tác năm {0}", "Kết quả thực hiện kế hoạch công tác 6 tháng đầu năm {0}"],
        [(DisclosureAudience.Agency, 3)] = ["Dự toán kinh phí hoạt động năm {0}", "Quyết toán kinh phí năm {0}", "Quy chế chi tiêu nội bộ năm {0}"],
        [(DisclosureAudience.Agency, 4)] = ["Thông báo tuyển dụng viên chức năm {0}", "Kết quả tuyển dụng năm {0}"],
        [(DisclosureAudience.Agency, 5)] = ["Quy hoạch cán bộ lãnh đạo, quản lý giai đoạn {0}–{1}"],
        [(DisclosureAudience.Agency, 6)] = ["Danh sách nâng bậc lương thường xuyên, trước hạn năm {0}"],
        [(DisclosureAudience.Agency, 7)] = ["Kết quả đánh giá, xếp loại chất lượng công chức, viên chức năm {0}"],
        [(DisclosureAudience.Agency, 8)] = ["Kết quả xem xét, xử lý kỷ luật năm {0}"],
        [(DisclosureAudience.Agency, 9)] = ["Bản kê khai tài sản, thu nhập hằng năm {0}"],
        [(DisclosureAudience.Agency, 10)] = ["Kết luận kiểm tra công tác tài chính năm {0}"],
        [(DisclosureAudience.Agency, 11)] = ["Quy chế làm việc và quy chế thực hiện dân chủ năm {0}"],
        [(DisclosureAudience.Enterprise, 1)] = ["Kế hoạch sản xuất, kinh doanh năm {0}", "Tình hình sản xuất, kinh doanh 6 tháng đầu năm {0}"],
        [(DisclosureAudience.Enterprise, 2)] = ["Nội quy lao động sửa đổi năm {0}"],
        [(DisclosureAudience.Enterprise, 3)] = ["Thang lương, bảng lương và định mức lao động áp dụng năm {0}"],
        [(DisclosureAudience.Enterprise, 4)] = ["Mẫu hợp đồng lao động và điều kiện an toàn, vệ sinh lao động năm {0}"],
        [(DisclosureAudience.Enterprise, 5)] = ["Thỏa ước lao động tập thể năm {0}"],
        [(DisclosureAudience.Enterprise, 6)] = ["Trích lập, sử dụng quỹ khen thưởng, phúc lợi năm {0}"],
        [(DisclosureAudience.Enterprise, 7)] = ["Tình hình đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm {0}"],
        [(DisclosureAudience.Enterprise, 8)] = ["Kết quả thi đua, khen thưởng năm {0}"],
        [(DisclosureAudience.Enterprise, 9)] = ["Quy chế dân chủ ở cơ sở tại nơi làm việc năm {0}"],
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedCommunesAsync(ct);
        await SeedAgenciesAndEnterprisesAsync(ct);
    }

    private async Task SeedCommunesAsync(CancellationToken ct)
    {
        var random = new Random(20230701);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var communes = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Township).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var categories = await db.Set<DisclosureCategory>().AsNoTracking().Where(c => c.Audience == DisclosureAudience.Commune).OrderBy(c => c.Number).ToListAsync(ct);

        // Disclosures: each commune, each year it existed, most of the mandatory items.
        foreach (var commune in communes)
        {
            for (var year = 2021; year <= today.Year; year++)
            {
                foreach (var category in categories)
                {
                    if (random.NextDouble() < 0.2)
                    {
                        continue; // not disclosed that year: the compliance view shows it missing
                    }
                    var from = new DateOnly(year, 1 + random.Next(11), 1 + random.Next(27));
                    if (from >= today || !commune.IsActiveOn(from))
                    {
                        continue;
                    }
                    var roll = random.NextDouble();
                    var days = roll < 0.12 ? 7 + random.Next(15) : 30 + random.Next(30); // about one in eight posted too briefly
                    var forms = DisclosureForms.OfficeNoticeBoard | DisclosureForms.CommunityHouse | DisclosureForms.Portal;
                    var speaker = 0;
                    if (category.LoudspeakerDays > 0 && random.NextDouble() < 0.85)
                    {
                        forms |= DisclosureForms.Loudspeaker;
                        speaker = 3 + random.Next(3);
                    }
                    if (random.NextDouble() < 0.3)
                    {
                        forms |= DisclosureForms.MessagingGroup;
                    }
                    var titles = DisclosureTitles[category.Number];
                    var title = string.Format(CultureInfo.InvariantCulture, titles[random.Next(titles.Length)], year, year + 5);
                    db.Add(new Disclosure
                    {
                        UnitId = commune.Id,
                        CategoryId = category.Id,
                        Title = title,
                        Body = $"UBND {commune.Name.Replace("Xã", "xã", StringComparison.Ordinal)} công khai: {title}.\nThời gian niêm yết: {days} ngày kể từ ngày {Text.Date(from)}.\nMọi ý kiến xin gửi về Văn phòng UBND xã.",
                        Forms = forms,
                        PostedFrom = from,
                        PostedTo = from.AddDays(days - 1),
                        LoudspeakerDays = speaker,
                        CreatedAt = now,
                        CreatedBy = "demo",
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAgenciesAndEnterprisesAsync(CancellationToken ct)
    {
        var random = new Random(20230702);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = (await db.Units.AsNoTracking()
                .Where(u => u.Kind == UnitKind.Agency || u.Kind == UnitKind.PublicServiceUnit || u.Kind == UnitKind.Enterprise).ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var catalogues = (await db.Set<DisclosureCategory>().AsNoTracking().Where(c => c.IsMandatory).ToListAsync(ct))
            .GroupBy(c => c.Audience).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Number).ToList());
        foreach (var unit in units)
        {
            var audience = DisclosureCatalogue.AudienceOf(unit.Kind)!.Value;
            var enterprise = audience == DisclosureAudience.Enterprise;
            for (var year = LawInForce.Year; year <= today.Year; year++)
            {
                foreach (var category in catalogues.GetValueOrDefault(audience, []))
                {
                    if (random.NextDouble() < 0.25)
                    {
                        continue; // not disclosed that year: the compliance view shows it missing
                    }
                    var from = new DateOnly(year, 1 + random.Next(11), 1 + random.Next(27));
                    if (from < LawInForce || from >= today || !unit.IsActiveOn(from))
                    {
                        continue;
                    }
                    var days = enterprise ? 1 + random.Next(30) : random.NextDouble() < 0.12 ? 5 + random.Next(15) : 30 + random.Next(15);
                    var forms = DisclosureForms.OfficeNoticeBoard | DisclosureForms.Meeting;
                    if (!enterprise && random.NextDouble() < 0.4)
                    {
                        forms |= DisclosureForms.Portal;
                    }
                    if (enterprise && random.NextDouble() < 0.3)
                    {
                        forms |= DisclosureForms.MessagingGroup;
                    }
                    var titles = Titles.GetValueOrDefault((audience, category.Number), [category.Name + " năm {0}"]);
                    var title = string.Format(CultureInfo.InvariantCulture, titles[random.Next(titles.Length)], year, year + 5);
                    db.Add(new Disclosure
                    {
                        UnitId = unit.Id,
                        CategoryId = category.Id,
                        Title = title,
                        Body = enterprise
                            ? $"{unit.Name} thông báo tới người lao động: {title}.\nNội dung đã được phổ biến tại hội nghị người lao động và niêm yết tại bảng tin của công ty."
                            : $"{unit.Name} công khai tới cán bộ, công chức, viên chức, người lao động: {title}.\nThời gian niêm yết: {days} ngày kể từ ngày {Text.Date(from)}.",
                        Forms = forms,
                        PostedFrom = from,
                        PostedTo = from.AddDays(days - 1),
                        CreatedAt = now,
                        CreatedBy = "demo",
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await AttachBudgetTablesAsync(random, today, now, ct);
    }

    /// <summary>Today's communes publish their latest budget disclosure with its table as an Excel file, to download from the portal.</summary>
    private async Task AttachBudgetTablesAsync(Random random, DateOnly today, DateTime now, CancellationToken ct)
    {
        var budget = DisclosureCatalogue.Commune.Single(c => c.Number == 2).Id;
        var latest = (await db.Set<Disclosure>().AsNoTracking()
                .Where(d => d.CategoryId == budget && d.Unit!.ValidTo == null && d.PostedFrom <= today)
                .Select(d => new { d.Id, d.UnitId, UnitName = d.Unit!.Name, d.PostedFrom })
                .ToListAsync(ct))
            .GroupBy(d => d.UnitId).Select(g => g.OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).First())
            .OrderBy(d => d.UnitId).ToList();
        foreach (var d in latest)
        {
            var content = BudgetTable(d.PostedFrom.Year, random);
            db.Add(new DisclosureAttachment
            {
                DisclosureId = d.Id,
                FileName = $"Dự toán ngân sách {d.UnitName} năm {d.PostedFrom.Year}.xlsx",
                ContentType = FileKind.Xlsx.ContentType,
                Size = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                Content = content,
                UploadedAt = now,
                UploadedBy = "demo",
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static byte[] BudgetTable(int year, Random random)
    {
        string[] lines =
        [
            "Thu ngân sách xã hưởng theo phân cấp", "Thu bổ sung từ ngân sách cấp trên", "Chi đầu tư phát triển", "Chi thường xuyên",
            "Chi quốc phòng, an ninh", "Dự phòng ngân sách",
        ];
        var amount = $"Dự toán năm {year} (triệu đồng)";
        var rows = lines.Select((line, i) => new Dictionary<string, object>
        {
            ["STT"] = i + 1,
            ["Nội dung"] = line,
            [amount] = 500 + random.Next(9_500),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Dự toán");
        return stream.ToArray();
    }
}
