using System.Text.RegularExpressions;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>What a column of an upload holds.</summary>
public enum OneStopField
{
    UnitCode,
    UnitName,
    From,
    To,
    Month,
    CarriedOver,
    ReceivedOnline,
    ReceivedByPost,
    ReceivedAtCounter,
    ReceivedNew,
    Received,
    SettledEarly,
    SettledOnTime,
    SettledLate,
    Settled,
    PendingInTime,
    PendingOverdue,
    Pending,
    Returned,
    DigitisedReceived,
    DigitisedResults,
    Payable,
    PaidOnline,

    /// <summary>A rate the export prints ("Tỷ lệ … (%)"): checked (0–100 %), never stored — the platform computes rates from counts.</summary>
    Rate,

    // The dossier list.
    DossierCode,
    ProcedureCode,
    ProcedureName,
    ReceivedOn,
    DueOn,
    SettledOn,
    Channel,
    Status,
    Digitised,
    ResultDigitised,
    Fee,
    PaidOnlineFlag,
}

/// <summary>
/// The accepted layouts (README "One-stop statistics: the accepted file"), matched by header, not by position: a header
/// is folded (no case, no diacritics, punctuation as spaces, a trailing number "(1)" dropped) and compared with the names
/// the provinces' one-stop software print. Title rows above the header are skipped (the header is the first row holding
/// "Mã đơn vị"); a two-row header (a merged "Đã giải quyết" over "Trước hạn | Đúng hạn | Quá hạn") is read as
/// "đã giải quyết trước hạn"...; a numbering row "(1) (2) (3)…" and a total row ("Tổng cộng", no unit code) are skipped.
/// </summary>
public static partial class OneStopLayout
{
    private static readonly (OneStopField Field, string[] Names)[] Aliases =
    [
        (OneStopField.UnitCode, ["ma don vi", "ma dvhc", "ma don vi hanh chinh", "ma xa", "ma co quan", "ma"]),
        (OneStopField.UnitName, ["ten don vi", "don vi", "ten xa", "co quan don vi", "ten co quan", "don vi hanh chinh"]),
        (OneStopField.From, ["tu ngay", "ngay bat dau"]),
        (OneStopField.To, ["den ngay", "ngay ket thuc"]),
        (OneStopField.Month, ["thang", "ky", "ky bao cao", "ky thong ke"]),
        (OneStopField.CarriedOver, ["ky truoc chuyen qua", "ky truoc chuyen sang", "ton ky truoc", "so ton ky truoc", "tiep nhan ky truoc chuyen qua",
            "so ho so tiep nhan ky truoc chuyen qua", "tu ky truoc chuyen qua"]),
        (OneStopField.ReceivedOnline, ["truc tuyen", "tiep nhan truc tuyen", "nop truc tuyen", "trong ky truc tuyen", "tiep nhan trong ky truc tuyen",
            "tiep nhan moi truc tuyen", "so moi tiep nhan truc tuyen", "trong do truc tuyen"]),
        (OneStopField.ReceivedByPost, ["buu chinh", "qua buu chinh", "dich vu buu chinh cong ich", "qua dich vu buu chinh cong ich", "tiep nhan qua buu chinh",
            "trong ky buu chinh", "tiep nhan trong ky buu chinh", "tiep nhan moi buu chinh", "so moi tiep nhan buu chinh", "trong do buu chinh"]),
        (OneStopField.ReceivedAtCounter, ["truc tiep", "tiep nhan truc tiep", "nop truc tiep", "tai bo phan mot cua", "trong ky truc tiep",
            "tiep nhan trong ky truc tiep", "tiep nhan moi truc tiep", "so moi tiep nhan truc tiep", "trong do truc tiep"]),
        (OneStopField.ReceivedNew, ["tiep nhan moi", "moi tiep nhan", "so moi tiep nhan", "tiep nhan trong ky", "trong ky", "tiep nhan moi tong so"]),
        (OneStopField.Received, ["tong so tiep nhan", "tong so ho so tiep nhan", "so ho so tiep nhan", "tong so", "tiep nhan", "tiep nhan tong so", "tong so ho so"]),
        (OneStopField.SettledEarly, ["truoc han", "giai quyet truoc han", "da giai quyet truoc han", "so ho so da giai quyet truoc han", "tra truoc han"]),
        (OneStopField.SettledOnTime, ["dung han", "giai quyet dung han", "da giai quyet dung han", "so ho so da giai quyet dung han", "tra dung han"]),
        (OneStopField.SettledLate, ["da giai quyet qua han", "giai quyet qua han", "so ho so da giai quyet qua han", "tra qua han", "da giai quyet tre han", "tre han"]),
        (OneStopField.Settled, ["da giai quyet", "so ho so da giai quyet", "tong so da giai quyet", "da giai quyet tong so", "da tra ket qua"]),
        (OneStopField.PendingInTime, ["dang giai quyet trong han", "chua giai quyet trong han", "dang giai quyet chua den han", "dang xu ly trong han",
            "so ho so dang giai quyet trong han", "trong han", "chua den han"]),
        (OneStopField.PendingOverdue, ["dang giai quyet qua han", "chua giai quyet qua han", "dang xu ly qua han", "so ho so dang giai quyet qua han"]),
        (OneStopField.Pending, ["dang giai quyet", "chua giai quyet", "dang xu ly", "so ho so dang giai quyet", "dang giai quyet tong so"]),
        (OneStopField.Returned, ["tra lai bo sung tu choi", "bo sung tu choi", "yeu cau bo sung tu choi", "chua du dieu kien bo sung tu choi", "tra lai",
            "bi tra lai", "khong du dieu kien giai quyet", "cho bo sung tu choi", "tu choi tra lai", "tra lai tu choi"]),
        (OneStopField.DigitisedReceived, ["so hoa ho so", "so hoa khi tiep nhan", "so ho so duoc so hoa", "ho so duoc so hoa", "so hoa ho so khi tiep nhan",
            "so hoa thanh phan ho so", "so hoa"]),
        (OneStopField.DigitisedResults, ["so hoa ket qua", "ket qua duoc so hoa", "so hoa ket qua giai quyet", "ket qua giai quyet duoc so hoa"]),
        (OneStopField.Payable, ["phat sinh phi le phi", "co phi le phi", "ho so co phi le phi", "ho so phat sinh phi le phi", "phat sinh thanh toan"]),
        (OneStopField.PaidOnline, ["thanh toan truc tuyen", "da thanh toan truc tuyen", "ho so thanh toan truc tuyen", "so ho so thanh toan truc tuyen"]),
        (OneStopField.DossierCode, ["ma ho so", "so ho so", "ma so ho so"]),
        (OneStopField.ProcedureCode, ["ma thu tuc", "ma tthc", "ma thu tuc hanh chinh"]),
        (OneStopField.ProcedureName, ["ten thu tuc", "ten tthc", "thu tuc", "ten thu tuc hanh chinh"]),
        (OneStopField.ReceivedOn, ["ngay tiep nhan", "ngay nhan"]),
        (OneStopField.DueOn, ["ngay hen tra", "han giai quyet", "ngay hen tra ket qua", "han tra ket qua"]),
        (OneStopField.SettledOn, ["ngay co ket qua", "ngay tra ket qua", "ngay giai quyet", "ngay hoan thanh", "ngay ket thuc xu ly"]),
        (OneStopField.Channel, ["kenh", "kenh tiep nhan", "hinh thuc nop", "hinh thuc tiep nhan"]),
        (OneStopField.Status, ["trang thai", "tinh trang", "trang thai ho so"]),
        (OneStopField.Digitised, ["da so hoa", "so hoa khi tiep nhan co khong"]),
        (OneStopField.ResultDigitised, ["ket qua da so hoa", "da so hoa ket qua"]),
        (OneStopField.Fee, ["co phi", "phi le phi", "co phi le phi co khong"]),
        (OneStopField.PaidOnlineFlag, ["da thanh toan truc tuyen co khong", "thanh toan truc tuyen co khong", "tt truc tuyen"]),
    ];

    private static readonly Dictionary<string, OneStopField> ByName = Aliases
        .SelectMany(a => a.Names.Select(n => (n, a.Field))).GroupBy(x => x.n).ToDictionary(g => g.Key, g => g.First().Field);

    /// <summary>The fields of the statistics layout (a row per unit and period) and of the dossier list (a row per dossier).</summary>
    public static readonly OneStopField[] StatisticsFields =
    [
        OneStopField.UnitCode, OneStopField.UnitName, OneStopField.From, OneStopField.To, OneStopField.Month, OneStopField.CarriedOver,
        OneStopField.ReceivedOnline, OneStopField.ReceivedByPost, OneStopField.ReceivedAtCounter, OneStopField.ReceivedNew, OneStopField.Received,
        OneStopField.SettledEarly, OneStopField.SettledOnTime, OneStopField.SettledLate, OneStopField.Settled, OneStopField.PendingInTime,
        OneStopField.PendingOverdue, OneStopField.Pending, OneStopField.Returned, OneStopField.DigitisedReceived, OneStopField.DigitisedResults,
        OneStopField.Payable, OneStopField.PaidOnline, OneStopField.Rate,
    ];

    public static readonly OneStopField[] DossierFields =
    [
        OneStopField.UnitCode, OneStopField.UnitName, OneStopField.DossierCode, OneStopField.ProcedureCode, OneStopField.ProcedureName,
        OneStopField.ReceivedOn, OneStopField.DueOn, OneStopField.SettledOn, OneStopField.Channel, OneStopField.Status, OneStopField.Digitised,
        OneStopField.ResultDigitised, OneStopField.Fee, OneStopField.PaidOnlineFlag,
    ];

    /// <summary>A header as compared: folded, a trailing "(1)" numbering and a trailing "(%)" or "hồ sơ" unit dropped.</summary>
    public static string Fold(string? header)
    {
        var folded = Text.Fold(header);
        folded = TrailingNoise().Replace(folded, "");
        return folded.Trim();
    }

    /// <summary>The field a header names among <paramref name="allowed"/>, or null.</summary>
    public static OneStopField? FieldOf(string? header, IReadOnlySet<OneStopField> allowed)
    {
        var folded = Fold(header);
        if (folded.Length == 0)
        {
            return null;
        }
        if (allowed.Contains(OneStopField.Rate) && (folded.StartsWith("ty le", StringComparison.Ordinal) || folded.EndsWith(" ty le", StringComparison.Ordinal)))
        {
            return OneStopField.Rate;
        }
        if (ByName.TryGetValue(Text.Fold(header), out var exact) && allowed.Contains(exact))
        {
            return exact; // "Mã hồ sơ" before its trailing "hồ sơ" is dropped
        }
        if (ByName.TryGetValue(folded, out var field) && allowed.Contains(field))
        {
            return field;
        }
        var withoutCount = folded.StartsWith("so ho so ", StringComparison.Ordinal) ? folded[9..] : folded.StartsWith("so ", StringComparison.Ordinal) ? folded[3..] : null;
        return withoutCount is not null && ByName.TryGetValue(withoutCount, out field) && allowed.Contains(field) ? field : null;
    }

    /// <summary>The header of a table: its row (0-based), the rows it spans (1 or 2) and each column's field; null when no row names the unit code.</summary>
    public static (int Row, int Span, Dictionary<int, (OneStopField Field, string Header)> Columns, List<(int Column, string Header)> Duplicates)? Header(
        OneStopTable table, IReadOnlySet<OneStopField> allowed)
    {
        for (var r = 0; r < Math.Min(table.Rows.Count, 20); r++)
        {
            var row = table.Rows[r];
            // The header names the unit code (statistics) or the day received (a dossier list, whose unit may be the importer).
            var key = allowed.Contains(OneStopField.ReceivedOn) ? OneStopField.ReceivedOn : OneStopField.UnitCode;
            var codeColumn = Array.FindIndex(row, c => FieldOf(OneStopTables.Text(c), allowed) == key);
            if (codeColumn < 0)
            {
                continue;
            }
            var next = r + 1 < table.Rows.Count ? table.Rows[r + 1] : [];
            var twoRows = (codeColumn >= next.Length || OneStopTables.Text(next[codeColumn]) is null)
                && next.Select((c, i) => (Text: OneStopTables.Text(c), i)).Any(x => x.Text is { } t && OneStopTables.Count(t) is null
                    && (FieldOf(t, allowed) is not null || FieldOf($"{Owner(row, x.i)} {t}", allowed) is not null));
            var width = Math.Max(row.Length, twoRows ? next.Length : 0);
            var columns = new Dictionary<int, (OneStopField, string)>();
            var duplicates = new List<(int, string)>();
            string? parent = null;
            for (var c = 0; c < width; c++)
            {
                var top = c < row.Length ? OneStopTables.Text(row[c]) : null;
                var sub = twoRows && c < next.Length ? OneStopTables.Text(next[c]) : null;
                if (top is not null)
                {
                    parent = top;
                }
                else if (sub is null)
                {
                    parent = null;
                }
                string header;
                OneStopField? field;
                if (sub is not null)
                {
                    var owner = top ?? parent;
                    header = owner is null ? sub : $"{owner} — {sub}";
                    field = (owner is null ? null : FieldOf($"{owner} {sub}", allowed)) ?? FieldOf(sub, allowed);
                }
                else
                {
                    header = top ?? "";
                    field = FieldOf(top, allowed);
                }
                if (field is not { } f)
                {
                    continue;
                }
                if (f != OneStopField.Rate && columns.Values.Any(v => v.Item1 == f))
                {
                    duplicates.Add((c, header));
                    continue;
                }
                columns[c] = (f, header);
            }
            return (r, twoRows ? 2 : 1, columns, duplicates);
        }
        return null;
    }

    private static string? Owner(object?[] header, int column)
    {
        for (var c = Math.Min(column, header.Length - 1); c >= 0; c--)
        {
            if (OneStopTables.Text(header[c]) is { } t)
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>A numbering row under the header: "1 2 3 …" or "(1) (2) (3) …", every filled cell.</summary>
    public static bool IsNumbering(object?[] row)
    {
        var filled = row.Select(OneStopTables.Text).Where(t => t is not null).ToList();
        if (filled.Count < 3)
        {
            return false;
        }
        for (var i = 0; i < filled.Count; i++)
        {
            var t = filled[i]!.Trim('(', ')', ' ');
            if (t != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"(\s+(\d+|ho so|phan tram))+$")]
    private static partial Regex TrailingNoise();
}
