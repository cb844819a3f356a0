using System.Globalization;
using System.Text.RegularExpressions;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Extraction;

/// <summary>A metadata value and the span of the text it was read from.</summary>
public sealed record Spanned<T>(T Value, int Start, int Length);

/// <summary>A period: first and last day.</summary>
public sealed record Period(DateOnly Start, DateOnly End);

/// <summary>Who signed, and as what.</summary>
public sealed record Signer(string Name, string Title);

/// <summary>What the heading, the place-and-date line and the signature block of an administrative document say.</summary>
public sealed record ReportMetadata
{
    public Spanned<string>? IssuingBody { get; init; }
    public Spanned<string>? ParentBody { get; init; }
    public Spanned<string>? DocumentNumber { get; init; }
    public Spanned<string>? PlaceOfIssue { get; init; }
    public Spanned<DateOnly>? DateOfIssue { get; init; }
    public Spanned<string>? DocumentType { get; init; }
    public Spanned<string>? Title { get; init; }
    public Spanned<Period>? ReportingPeriod { get; init; }
    public Spanned<Period>? PlanPeriod { get; init; }
    public Spanned<string>? Addressee { get; init; }
    public Spanned<Signer>? Signer { get; init; }
    public IReadOnlyList<Spanned<string>> Recipients { get; init; } = [];
}

/// <summary>
/// Reads the metadata of a Vietnamese administrative document laid out as Nghị định 30/2020/NĐ-CP (State bodies) or
/// Hướng dẫn 36-HD/VPTW (Party bodies) lay it out: the issuing body and the body above it in the top-left heading, the
/// number and symbol ("Số: 278/BC-UBND", "Số 05-BC/BCĐ"), the place and date ("Bình Sơn, ngày 25 tháng 4 năm 2024"), the
/// type in capitals and the title under it, "Kính gửi:", "Nơi nhận:" and the signature block. Text that lost its marks is
/// read alike: every comparison is on plain letters.
/// </summary>
public static partial class MetadataExtractor
{
    static readonly (string Plain, string Type)[] Types =
    [
        ("BAO CAO", "Báo cáo"), ("KE HOACH", "Kế hoạch"), ("QUYET DINH", "Quyết định"), ("THONG BAO", "Thông báo"), ("TO TRINH", "Tờ trình"),
        ("NGHI QUYET", "Nghị quyết"), ("CHI THI", "Chỉ thị"), ("HUONG DAN", "Hướng dẫn"), ("CHUONG TRINH", "Chương trình"), ("BIEN BAN", "Biên bản"),
        ("KET LUAN", "Kết luận"), ("CONG VAN", "Công văn"),
    ];

    static readonly string[] Mottos = ["CONG HOA XA HOI CHU NGHIA VIET NAM", "DOC LAP", "DANG CONG SAN VIET NAM", "*", "---"];

    /// <summary>The metadata of the text (the text as read, or as restored: spans are of the text given).</summary>
    public static ReportMetadata Extract(string text)
    {
        var lines = Lines(text);
        var header = lines.Take(40).ToList();
        var plainOf = (Line l) => VietnameseText.Strip(l.Text).ToUpperInvariant();

        var dateLine = header.FirstOrDefault(l => PlaceDate().IsMatch(VietnameseText.Strip(l.Text)));
        Spanned<string>? place = null; Spanned<DateOnly>? date = null;
        if (dateLine is not null)
        {
            var m = PlaceDate().Match(VietnameseText.Strip(dateLine.Text));
            var placeText = dateLine.Text[..m.Groups["place"].Length].Trim();
            place = new(placeText, dateLine.Start, placeText.Length);
            if (DateOnly.TryParseExact($"{m.Groups["y"].Value}-{int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture):00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                date = new(d, dateLine.Start + m.Groups["place"].Length + 1, dateLine.Text.Length - m.Groups["place"].Length - 1);
        }

        Spanned<string>? number = null;
        var numberLine = header.FirstOrDefault(l => NumberLine().IsMatch(VietnameseText.Strip(l.Text)));
        if (numberLine is not null)
        {
            var m = NumberLine().Match(VietnameseText.Strip(numberLine.Text));
            var symbol = numberLine.Text.Substring(m.Groups["symbol"].Index, m.Groups["symbol"].Length).Replace(" ", "", StringComparison.Ordinal);
            var value = m.Groups["num"].Value + (symbol.StartsWith('-') || symbol.StartsWith('/') ? symbol : "/" + symbol);
            number = new(value, numberLine.Start + m.Groups["num"].Index, m.Groups["symbol"].Index + m.Groups["symbol"].Length - m.Groups["num"].Index);
        }

        var typeIndex = header.FindIndex(l => Types.Any(t => plainOf(l) == t.Plain));
        Spanned<string>? type = null; Spanned<string>? title = null;
        if (typeIndex >= 0)
        {
            var t = Types.First(x => x.Plain == plainOf(header[typeIndex]));
            type = new(t.Type, header[typeIndex].Start, header[typeIndex].Text.Length);
            var titleLines = new List<Line>();
            for (var i = typeIndex + 1; i < lines.Count && titleLines.Count < 5; i++)
            {
                var l = lines[i];
                var p = plainOf(l);
                if (p.StartsWith("KINH GUI", StringComparison.Ordinal) || p.StartsWith("CAN CU", StringComparison.Ordinal) || p.StartsWith("THUC HIEN", StringComparison.Ordinal)
                    || RomanHeading().IsMatch(p) || p.StartsWith("PHAN THU", StringComparison.Ordinal) || l.Text.Length > 300 || l.BlankBefore && titleLines.Count > 0) break;
                titleLines.Add(l);
            }
            if (titleLines.Count > 0)
            {
                var start = titleLines[0].Start;
                var end = titleLines[^1].Start + titleLines[^1].Text.Length;
                title = new(string.Join(' ', titleLines.Select(l => l.Text.Trim('*', ' '))), start, end - start);
            }
        }

        var bodyLines = header.TakeWhile(l => l != dateLine && l != numberLine && (typeIndex < 0 || l != header[typeIndex]))
            .Where(l => !Mottos.Any(m => plainOf(l).StartsWith(m, StringComparison.Ordinal)) && l.Text.Any(char.IsLetter) && l.Text == l.Text.ToUpperInvariant())
            .ToList();
        Spanned<string>? body = null; Spanned<string>? parent = null;
        var placeName = place?.Value ?? "";
        if (bodyLines.Count >= 2)
        {
            parent = new(SentenceCase(bodyLines[0].Text, placeName), bodyLines[0].Start, bodyLines[0].Text.Length);
            var rest = bodyLines.Skip(1).ToList();
            body = new(SentenceCase(string.Join(' ', rest.Select(l => l.Text.Trim())), placeName), rest[0].Start, rest[^1].Start + rest[^1].Text.Length - rest[0].Start);
        }
        else if (bodyLines.Count == 1)
        {
            body = new(SentenceCase(bodyLines[0].Text, placeName), bodyLines[0].Start, bodyLines[0].Text.Length);
        }
        else if (place is not null)
        {
            // The heading was lost (a Word table flattened): the body is named in the text with the place ("UBND huyện Bình Sơn").
            var plainText = VietnameseText.Strip(text);
            var m = Regex.Match(plainText, $@"(UBND|Uy ban nhan dan|UY BAN NHAN DAN)\s+(huyen|xa|tinh|thi xa|thanh pho|phuong)\s+{Regex.Escape(VietnameseText.Strip(placeName))}", RegexOptions.IgnoreCase);
            if (m.Success)
            {
                body = new($"Ủy ban nhân dân {text.Substring(m.Groups[2].Index, m.Groups[2].Length).ToLowerInvariant()} {placeName}", m.Index, m.Length);
                var above = m.Groups[2].Value.ToLowerInvariant() switch { "huyen" or "thi xa" or "thanh pho" => "tinh", "xa" or "phuong" => "huyen", _ => null };
                var pm = above is null ? Match.Empty : Regex.Match(plainText, $@"\b{above}\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})");
                if (pm.Success)
                {
                    var name = text.Substring(pm.Groups[1].Index, pm.Groups[1].Length);
                    parent = new($"Ủy ban nhân dân {text.Substring(pm.Index, pm.Groups[1].Index - pm.Index).Trim().ToLowerInvariant()} {name}", pm.Index, pm.Length);
                }
            }
        }

        var addresseeLine = lines.FirstOrDefault(l => plainOf(l).StartsWith("KINH GUI", StringComparison.Ordinal));
        Spanned<string>? addressee = null;
        if (addresseeLine is not null)
        {
            var colon = addresseeLine.Text.IndexOf(':', StringComparison.Ordinal);
            var value = addresseeLine.Text[(colon + 1)..].Trim().TrimEnd('.', ';', ',');
            addressee = new(value, addresseeLine.Start + addresseeLine.Text.IndexOf(value, StringComparison.Ordinal), value.Length);
        }

        var recipients = new List<Spanned<string>>();
        var signerIndex = -1;
        var received = lines.FindLastIndex(l => plainOf(l).StartsWith("NOI NHAN", StringComparison.Ordinal));
        if (received >= 0)
        {
            var i = received + 1;
            for (; i < lines.Count && lines[i].Text.TrimStart().StartsWith('-'); i++)
            {
                var r = lines[i].Text.TrimStart('-', ' ').TrimEnd(',', ';', '.', ' ');
                recipients.Add(new(r, lines[i].Start + lines[i].Text.IndexOf(r, StringComparison.Ordinal), r.Length));
            }
            signerIndex = i;
        }
        Spanned<Signer>? signer = null;
        if (lines.Count > 0)
        {
            var nameLine = lines[^1];
            var name = nameLine.Text.Trim('*', ' ');
            if (LooksLikeName(name))
            {
                var from = signerIndex >= 0 ? signerIndex : Math.Max(0, lines.Count - 6);
                var titleLines = lines.Skip(from).Take(lines.Count - 1 - from).Select(l => l.Text.Trim('*', ' ')).Where(l => l.Length > 0).ToList();
                // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": the signer signs on behalf of the body as its chair; "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": as deputy.
                var own = titleLines.Where(l => !Regex.IsMatch(VietnameseText.Strip(l), @"^(TM|KT|TL|TUQ|Q)\.", RegexOptions.IgnoreCase)).ToList();
                var titleText = SentenceCase(string.Join(' ', own), placeName);
                var start = from < lines.Count ? lines[from].Start : nameLine.Start;
                signer = new(new Signer(name, titleText), start, nameLine.Start + nameLine.Text.Length - start);
            }
        }

        return new ReportMetadata
        {
            IssuingBody = body, ParentBody = parent, DocumentNumber = number, PlaceOfIssue = place, DateOfIssue = date, DocumentType = type, Title = title,
            ReportingPeriod = title is null ? null : PeriodIn(title, date?.Value, plan: false),
            PlanPeriod = title is null ? null : PeriodIn(title, date?.Value, plan: true),
            Addressee = addressee, Signer = signer, Recipients = recipients,
        };
    }

    /// <summary>The period a title names: "6 tháng đầu năm 2022", "năm 2023", "quý II năm 2024", "9 tháng", "sơ kết 03 năm
    /// thực hiện … ngày 25/5/2021" (from that day to the report's date); with <paramref name="plan"/>, the period of the
    /// tasks ahead ("nhiệm vụ trọng tâm 6 tháng cuối năm 2022", "phương hướng nhiệm vụ năm 2023").</summary>
    static Spanned<Period>? PeriodIn(Spanned<string> title, DateOnly? issued, bool plan)
    {
        var plain = VietnameseText.Strip(title.Value).ToLowerInvariant();
        var split = Regex.Match(plain, @"(nhiem vu|phuong huong)");
        var part = plan ? (split.Success ? plain[split.Index..] : null) : (split.Success ? plain[..split.Index] : plain);
        if (part is null) return null;
        var offset = plan && split.Success ? split.Index : 0;
        Spanned<Period> Span(Match m, DateOnly a, DateOnly b) => new(new Period(a, b), title.Start + offset + m.Index, m.Length);
        // "6 tháng đầu năm Nhiệm vụ … 6 tháng cuối năm 2022": the year written once, at the end, serves both.
        var m1 = Regex.Match(part, @"(\d+) thang (dau|cuoi) nam( (\d{4}))?");
        var titleYear = Regex.Match(plain, @"nam (\d{4})");
        if (m1.Success && (m1.Groups[4].Success || titleYear.Success || issued is not null))
        {
            var y = int.Parse(m1.Groups[4].Success ? m1.Groups[4].Value : titleYear.Success ? titleYear.Groups[1].Value : issued!.Value.Year.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var months = int.Parse(m1.Groups[1].Value, CultureInfo.InvariantCulture);
            return m1.Groups[2].Value == "dau"
                ? Span(m1, new DateOnly(y, 1, 1), new DateOnly(y, months, 1).AddMonths(1).AddDays(-1))
                : Span(m1, new DateOnly(y, 13 - months, 1), new DateOnly(y, 12, 31));
        }
        var q = Regex.Match(part, @"quy (i{1,3}|iv|[1-4]) nam (\d{4})");
        if (q.Success)
        {
            var n = q.Groups[1].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            var y = int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture);
            return Span(q, new DateOnly(y, 3 * n - 2, 1), new DateOnly(y, 3 * n, 1).AddMonths(1).AddDays(-1));
        }
        var since = Regex.Match(part, @"(so ket|tong ket) \d+ nam thuc hien[^,]*, ngay (\d{1,2})/(\d{1,2})/(\d{4})");
        if (since.Success && issued is { } end)
        {
            var a = new DateOnly(int.Parse(since.Groups[4].Value, CultureInfo.InvariantCulture), int.Parse(since.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(since.Groups[2].Value, CultureInfo.InvariantCulture));
            return Span(since, a, end);
        }
        var year = Regex.Match(part, @"nam (\d{4})");
        if (year.Success)
        {
            var y = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            return Span(year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }
        return null;
    }

    static bool LooksLikeName(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
    }

    /// <summary>A heading in capitals as a name is written: first letter upper, the place name as the place line writes
    /// it, the usual bodies' capitals ("Ban Chỉ đạo", "Huyện ủy", "UBND").</summary>
    static string SentenceCase(string upper, string place)
    {
        var s = upper.Trim();
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && VietnameseText.Strip(w) is "UBND" or "HDND" or "MTTQ" or "BCD" or "QCDC" or "TM" or "KT"
                ? w : w.ToLowerInvariant())
            .ToList();
        var result = string.Join(' ', words);
        if (result.Length > 0) result = char.ToUpperInvariant(result[0]) + result[1..];
        if (place.Length > 0) result = Regex.Replace(result, Regex.Escape(place.ToLowerInvariant()), place, RegexOptions.IgnoreCase);
        foreach (var (lower, proper) in new[] { ("ban chỉ đạo", "Ban Chỉ đạo"), ("bí thư", "Bí thư"), ("chủ tịch", "Chủ tịch"), ("trưởng ban", "Trưởng ban"), ("kiêm", "kiêm") })
            result = Regex.Replace(result, $@"(?<=^|\s){Regex.Escape(lower)}", proper, RegexOptions.IgnoreCase);
        return result;
    }

    sealed record Line(string Text, int Start, bool BlankBefore);

    static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var blank = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var raw = text[start..end].TrimEnd('\r');
            var lead = raw.Length - raw.TrimStart().Length;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0) blank = true;
            else { lines.Add(new Line(trimmed, start + lead, blank)); blank = false; }
            start = end + 1;
        }
        return lines;
    }

    [GeneratedRegex(@"^(?<place>[\p{L} '’.\-]+?),\s*ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^So\s*:?\s*(?<num>\d+)\s*(?<symbol>[-/]?\s*[A-Z]{1,5}\s*[-/]\s*[A-Z0-9&\-]+(?:[-/][A-Z0-9&\-]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^[IVX]+\.\s")]
    private static partial Regex RomanHeading();
}
