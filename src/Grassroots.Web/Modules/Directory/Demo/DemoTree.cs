using Grassroots.Web.Platform.Demo;

namespace Grassroots.Web.Modules.Directory.Demo;

// Demo reference data: real place names (Huyện Bình Sơn, Tỉnh Quảng Ngãi; Huyện Đam Rông, Tỉnh Lâm Đồng),
// invented administrative codes, invented village lists and invented people. Nothing here is an official register.

public sealed record DemoVillage(string Name);

/// <summary>Kind: "Commune" | "Township" | "Ward".</summary>
public sealed record DemoCommune(string Code, string Name, string Kind, bool IsRemoteArea, IReadOnlyList<string> Villages);

/// <summary>Kind: "Agency" | "PublicServiceUnit" | "Enterprise" | "Organisation".</summary>
public sealed record DemoOrg(string Code, string Name, string Kind);

public sealed record DemoDistrict(string Code, string Name, IReadOnlyList<DemoCommune> Communes, IReadOnlyList<DemoOrg> Organisations);

public sealed record DemoProvince(string Code, string Name, IReadOnlyList<DemoDistrict> Districts, IReadOnlyList<DemoOrg> Organisations);

/// <summary>One new commune of the 2025 reform, formed from the old communes listed by code. Hangs directly under the province.</summary>
public sealed record DemoMerger(string NewCode, string NewName, string NewKind, IReadOnlyList<string> OldCodes);

/// <summary>The demo's tree as it stood before 1 July 2025, and its illustrative 2025 reform.</summary>
public static class DemoTree
{
    // ---------------------------------------------------------------- Huyện Bình Sơn (22 units before 1/7/2025)

    private static readonly DemoDistrict BinhSon = new("522", "Huyện Bình Sơn",
    [
        new("20101", "Thị trấn Châu Ổ", "Township", false, ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 4", "Tổ dân phố 5", "Tổ dân phố 6", "Tổ dân phố 7"]),
        new("20104", "Xã Bình An", "Commune", false, ["Thôn An Thạnh", "Thôn Phú Long", "Thôn Hòa Vinh", "Thôn Tân An", "Thôn Thạch An"]),
        new("20107", "Xã Bình Chánh", "Commune", false, ["Thôn Chánh Thượng", "Thôn Chánh Trung", "Thôn Phước Tích", "Thôn Tân Lập"]),
        new("20110", "Xã Bình Châu", "Commune", false, ["Thôn Châu Tân", "Thôn Châu Thuận Biển", "Thôn Châu Me", "Thôn Phước Thiện", "Thôn An Hải", "Thôn Định Tân"]),
        new("20113", "Xã Bình Chương", "Commune", false, ["Thôn Long Yên", "Thôn Phú Thọ", "Thôn Hà Tây", "Thôn Chương Nam", "Thôn Gò Sim"]),
        new("20116", "Xã Bình Dương", "Commune", false, ["Thôn Lâm Lộc Bắc", "Thôn Lâm Lộc Nam", "Thôn Bình Tân", "Thôn Phú Lộc"]),
        new("20119", "Xã Bình Đông", "Commune", false, ["Thôn Sơn Trà", "Thôn Thạnh Hòa", "Thôn Đông Yên", "Thôn Tân Hy"]),
        new("20122", "Xã Bình Hải", "Commune", false, ["Thôn Vạn Tường", "Thôn Thanh Thủy", "Thôn Trung Minh", "Thôn Hải Ninh", "Thôn Phước Hải"]),
        new("20125", "Xã Bình Hiệp", "Commune", false, ["Thôn Phước Thọ", "Thôn Hiệp Phổ", "Thôn Thọ An", "Thôn Hòa Tân"]),
        new("20128", "Xã Bình Hòa", "Commune", false, ["Thôn Diêm Điền", "Thôn Mỹ Lộc", "Thôn Tân Thạnh", "Thôn Hòa Bình"]),
        new("20131", "Xã Bình Khương", "Commune", false, ["Thôn An Điềm", "Thôn Làng Ruộng", "Thôn Trà Bình", "Thôn Phước Sơn", "Thôn Trà Lạc"]),
        new("20134", "Xã Bình Long", "Commune", false, ["Thôn Long Hội", "Thôn Long Xuân", "Thôn Phước Long", "Thôn Tấn Lộc"]),
        new("20137", "Xã Bình Minh", "Commune", false, ["Thôn Minh Thành", "Thôn Thanh Trà", "Thôn Mỹ Thạnh", "Thôn Vĩnh Tuy", "Thôn An Phú"]),
        new("20140", "Xã Bình Mỹ", "Commune", false, ["Thôn Mỹ Long", "Thôn Châu Sơn", "Thôn Mỹ Huệ", "Thôn Phú Thạnh", "Thôn Mỹ Trung"]),
        new("20143", "Xã Bình Nguyên", "Commune", false, ["Thôn Nguyên Hòa", "Thôn Phú Nhiêu", "Thôn Xuân Yên", "Thôn Thọ Lộc"]),
        new("20146", "Xã Bình Phước", "Commune", false, ["Thôn Phước Hòa", "Thôn Phước Thạnh", "Thôn Phước Bình", "Thôn Đồng Hà"]),
        new("20149", "Xã Bình Tân Phú", "Commune", false, ["Thôn Tân Phú", "Thôn Phú Hòa", "Thôn An Tân", "Thôn Tân Mỹ"]),
        new("20152", "Xã Bình Thạnh", "Commune", false, ["Thôn Thạnh Đức", "Thôn Đông Lỗ", "Thôn Nam Bình", "Thôn Vĩnh Trà"]),
        new("20155", "Xã Bình Thanh", "Commune", false, ["Thôn Thanh Hiếu", "Thôn Văn Bân", "Thôn Hà Nhai", "Thôn Thanh Thượng", "Thôn Trung Thành"]),
        new("20158", "Xã Bình Thuận", "Commune", false, ["Thôn Tuyết Diêm", "Thôn Thuận Phước", "Thôn Thuận Hòa", "Thôn Đông Tân"]),
        new("20161", "Xã Bình Trị", "Commune", false, ["Thôn An Lộc", "Thôn Đông Hải", "Thôn Trị Bình", "Thôn Thanh Giang"]),
        new("20164", "Xã Bình Trung", "Commune", false, ["Thôn Trung Hòa", "Thôn Phú Lễ", "Thôn Tân Long", "Thôn Hải Yến"]),
    ],
    [
        new("522.PNV", "Phòng Nội vụ", "Agency"),
        new("522.PTP", "Phòng Tư pháp", "Agency"),
        new("522.VP", "Văn phòng HĐND và UBND huyện", "Agency"),
        new("522.TTR", "Thanh tra huyện", "Agency"),
        new("522.TNMT", "Phòng Tài nguyên và Môi trường", "Agency"),
        new("522.THCSBL", "Trường THCS Bình Long", "PublicServiceUnit"),
        new("522.TTYT", "Trung tâm Y tế huyện Bình Sơn", "PublicServiceUnit"),
        new("522.TYTBH", "Trạm Y tế xã Bình Hải", "PublicServiceUnit"),
        new("522.BSR", "Công ty Cổ phần Lọc hóa dầu Bình Sơn", "Enterprise"),
        new("522.HPDQ", "Công ty Cổ phần Thép Hòa Phát Dung Quất", "Enterprise"),
        new("522.CKVT", "Công ty TNHH Cơ khí chế tạo Vạn Tường", "Enterprise"), // invented private firm in Dung Quất
        new("522.MTTQ", "Ủy ban MTTQ Việt Nam huyện Bình Sơn", "Organisation"),
        new("522.HND", "Hội Nông dân huyện Bình Sơn", "Organisation"),
        new("522.HLHPN", "Hội Liên hiệp Phụ nữ huyện Bình Sơn", "Organisation"),
        new("522.HDTN", "Huyện đoàn Bình Sơn", "Organisation"),
        new("522.HCCB", "Hội Cựu chiến binh huyện Bình Sơn", "Organisation"),
        new("522.LDLD", "Liên đoàn Lao động huyện Bình Sơn", "Organisation"),
    ]);

    // ---------------------------------------------------------------- Huyện Đam Rông (8 communes before 1/7/2025)

    private static readonly DemoDistrict DamRong = new("675", "Huyện Đam Rông",
    [
        new("24901", "Xã Rô Men", "Commune", true, ["Bon Rô Men", "Thôn Đạ Nhinh", "Thôn Pul", "Thôn Trung Tâm", "Thôn Liêng Đơng", "Thôn Mê Ka"]),
        new("24904", "Xã Liêng S'rônh", "Commune", true, ["Bon Liêng Trang", "Thôn Păng Sim", "Thôn Phi Jút", "Thôn Cil Mup", "Thôn Đạ Kho"]),
        new("24907", "Xã Phi Liêng", "Commune", true, ["Bon Đưng K'Si", "Bon Pang Pế Đơm", "Thôn Đạ Pin", "Thôn Bằng Tiên", "Thôn Phi Liêng Thượng"]),
        new("24910", "Xã Đạ K'Nàng", "Commune", true, ["Bon Đạ Nòng", "Thôn Pul Mo", "Thôn Đạ Mur", "Thôn Trung Lâm", "Bon K'Long"]),
        new("24913", "Xã Đạ Long", "Commune", true, ["Thôn Chiêng Xạ", "Thôn Đạ Tro", "Bon Ha Mòn", "Thôn Đầm Ròn"]),
        new("24916", "Xã Đạ M'Rông", "Commune", true, ["Thôn Đạ Xế", "Bon Tou Néh", "Thôn Mê Linh", "Thôn Krăng Gọ"]),
        new("24919", "Xã Đạ Rsal", "Commune", true, ["Thôn Trung Hòa", "Thôn Đạ Kao", "Thôn Liêng Ronh", "Thôn Tân Tiến", "Bon Đạ Sar"]),
        new("24922", "Xã Đạ Tông", "Commune", true, ["Thôn Mê Ka Thượng", "Bon Đạ Tông", "Thôn Tu Tra", "Thôn Phi Sen", "Thôn Hương Sơn"]),
    ],
    [
        new("675.PNV", "Phòng Nội vụ", "Agency"),
        new("675.PTP", "Phòng Tư pháp", "Agency"),
        new("675.VP", "Văn phòng HĐND và UBND huyện", "Agency"),
        new("675.TTR", "Thanh tra huyện", "Agency"),
        new("675.TNMT", "Phòng Tài nguyên và Môi trường", "Agency"),
        new("675.THCSPL", "Trường THCS Phi Liêng", "PublicServiceUnit"),
        new("675.TTYT", "Trung tâm Y tế huyện Đam Rông", "PublicServiceUnit"),
        new("675.TYTDT", "Trạm Y tế xã Đạ Tông", "PublicServiceUnit"),
        new("675.LNDR", "Công ty TNHH MTV Lâm nghiệp Đam Rông", "Enterprise"), // invented
        new("675.CFPL", "Công ty TNHH Cà phê Phi Liêng", "Enterprise"),        // invented
        new("675.MTTQ", "Ủy ban MTTQ Việt Nam huyện Đam Rông", "Organisation"),
        new("675.HND", "Hội Nông dân huyện Đam Rông", "Organisation"),
        new("675.HLHPN", "Hội Liên hiệp Phụ nữ huyện Đam Rông", "Organisation"),
        new("675.HDTN", "Huyện đoàn Đam Rông", "Organisation"),
        new("675.HCCB", "Hội Cựu chiến binh huyện Đam Rông", "Organisation"),
        new("675.LDLD", "Liên đoàn Lao động huyện Đam Rông", "Organisation"),
    ]);

    public static IReadOnlyList<DemoProvince> Provinces { get; } =
    [
        new("51", "Tỉnh Quảng Ngãi", [BinhSon],
        [
            new("51.SNV", "Sở Nội vụ", "Agency"),
            new("51.TTR", "Thanh tra tỉnh", "Agency"),
            new("51.MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", "Organisation"),
        ]),
        new("68", "Tỉnh Lâm Đồng", [DamRong],
        [
            new("68.SNV", "Sở Nội vụ", "Agency"),
            new("68.TTR", "Thanh tra tỉnh", "Agency"),
            new("68.MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Organisation"),
        ]),
    ];

    // ---------------------------------------------------------------- 2025 reform

    public static readonly DateOnly Reform2025EffectiveDate = DemoFacts.ReformDate;

    // Illustrative reference only: not checked against the resolutions actually issued for these provinces.
    public const string Reform2025Reference = "Nghị quyết số 1670/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã";

    // ILLUSTRATIVE grouping, not the official one. From 1/7/2025 the districts end and each new commune
    // hangs directly under its province (Tỉnh Quảng Ngãi "51" / Tỉnh Lâm Đồng "68"). Every old code appears exactly once.
    public static IReadOnlyList<DemoMerger> Reform2025 { get; } =
    [
        // Bình Sơn (22 → 7)
        new("20611", "Xã Bình Sơn", "Commune", ["20101", "20134", "20125", "20164"]),   // Châu Ổ, Bình Long, Bình Hiệp, Bình Trung
        new("20614", "Xã Vạn Tường", "Commune", ["20161", "20122", "20119", "20158"]),  // Bình Trị, Bình Hải, Bình Đông, Bình Thuận
        new("20617", "Xã Đông Sơn", "Commune", ["20152", "20107", "20146"]),            // Bình Thạnh, Bình Chánh, Bình Phước
        new("20620", "Xã Bình Châu", "Commune", ["20110", "20155"]),                    // Bình Châu, Bình Thanh
        new("20623", "Xã Bình Minh", "Commune", ["20137", "20131", "20104"]),           // Bình Minh, Bình Khương, Bình An
        new("20626", "Xã Bình Chương", "Commune", ["20113", "20140", "20143"]),         // Bình Chương, Bình Mỹ, Bình Nguyên
        new("20629", "Xã Trường Giang", "Commune", ["20116", "20149", "20128"]),        // Bình Dương, Bình Tân Phú, Bình Hòa
        // Đam Rông (8 → 3)
        new("24971", "Xã Rô Men", "Commune", ["24901", "24904", "24919"]),              // Rô Men, Liêng S'rônh, Đạ Rsal
        new("24974", "Xã Phi Liêng", "Commune", ["24907", "24910"]),                    // Phi Liêng, Đạ K'Nàng
        new("24977", "Xã Đạ Tông", "Commune", ["24922", "24913", "24916"]),             // Đạ Tông, Đạ Long, Đạ M'Rông
    ];
}
