namespace Grassroots.Web.Platform.Demo;

/// <summary>
/// Invented Vietnamese names and positions the demo data of every module draws from (nothing here is a real person):
/// Kinh names for Bình Sơn, K'Ho and M'Nông-style names for Đam Rông.
/// </summary>
public static class DemoNames
{
    // ---------------------------------------------------------------- people's names (all invented combinations)

    public static IReadOnlyList<string> KinhFamilyNames { get; } =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh",
        "Đoàn", "Lâm", "Mai", "Trịnh", "Lương", "Cao", "Tạ", "Hà", "Tô", "Kiều", "Châu", "Lữ", "Thái", "Tôn", "Hoàng", "Lưu", "Lại",
    ];

    /// <summary>
    /// K'Ho / M'Nông family names and name prefixes used in Đam Rông. "K'" (men) and "Ka" (women) often stand alone
    /// before the given name ("K'Brèo", "Ka Huệ"); clan names such as "Kră Jăn", "Cil", "Liêng Hót" precede them.
    /// </summary>
    public static IReadOnlyList<string> HighlandFamilyNames { get; } =
    [
        "K'", "Ka", "Kră", "Kră Jăn", "Cil", "Liêng", "Liêng Hót", "Bon Jốc", "Đa Cát", "Rơ Ông", "Ndu", "Kơ Să", "Điểu",
    ];

    public static IReadOnlyList<string> FamilyNames { get; } = [.. KinhFamilyNames, .. HighlandFamilyNames];

    public static IReadOnlyList<string> MiddleNames { get; } =
    [
        "Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Quang", "Kim", "Mỹ", "Thu",
        "Hoàng", "Bảo", "Gia", "Tấn", "Thành", "Bá", "Khánh", "Phương", "Thế", "Trung",
    ];

    public static IReadOnlyList<string> MaleGivenNames { get; } =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Lâm", "Long", "Lợi",
        "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phúc", "Quân", "Sang", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trí", "Trung",
        "Tuấn", "Việt", "Vinh", "Vũ",
    ];

    public static IReadOnlyList<string> FemaleGivenNames { get; } =
    [
        "Anh", "Bích", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Lan",
        "Liên", "Linh", "Loan", "Mai", "Ngân", "Nga", "Nhung", "Oanh", "Phượng", "Quyên", "Sương", "Thảo", "Thủy", "Trang", "Tuyết",
        "Vân", "Yến",
    ];

    public static IReadOnlyList<string> GivenNames { get; } = [.. MaleGivenNames, .. FemaleGivenNames];

    /// <summary>K'Ho / M'Nông given names: "K'" marks men, "Ha" marks women (e.g. "Cil K'Brèo", "Liêng Hót Ha Jen").</summary>
    public static IReadOnlyList<string> HighlandGivenNames { get; } =
    [
        "K'Brèo", "K'Tiếp", "K'Lai", "K'Dũng", "K'Brôl", "K'Sơn", "K'Điệp", "Ha Sen", "Ha Jen", "Ha Bình", "Ha Phương", "Ha Thoa", "Ha Nhi", "Ha Lim",
    ];

    /// <summary>Ready-made, invented K'Ho / M'Nông-style full names for Đam Rông.</summary>
    public static IReadOnlyList<string> HighlandFullNames { get; } =
    [
        "Kră Jăn K'Lai", "Cil K'Brèo", "Liêng Hót Ha Jen", "Bon Jốc Ha Sen", "Đa Cát K'Tiếp", "Rơ Ông Ha Bình",
        "Ndu K'Brôl", "Kơ Să Ha Phương", "Điểu K'Sơn", "Ka Huệ", "Liêng K'Dũng", "Kră Jăn Ha Thoa",
    ];

    /// <summary>A deterministic name for the n-th person (highland names for remote communes).</summary>
    public static string Person(int n, bool highland = false) =>
        highland
            ? HighlandFullNames[n % HighlandFullNames.Count]
            : $"{KinhFamilyNames[n * 7 % KinhFamilyNames.Count]} {MiddleNames[n * 5 % MiddleNames.Count]} {GivenNames[n * 11 % GivenNames.Count]}";

    /// <summary>A name drawn from the demo's random sequence.</summary>
    public static string Person(Random random) =>
        $"{KinhFamilyNames[random.Next(KinhFamilyNames.Count)]} {MiddleNames[random.Next(MiddleNames.Count)]} {GivenNames[random.Next(GivenNames.Count)]}";
}
