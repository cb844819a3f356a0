using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers.Demo;

/// <summary>
/// The registers of both demo districts from 2021 to today: a mediation team in every village and its cases half-year by
/// half-year (most settled, a few not, the latest still open, one handed over from a letter's kind of dispute); propaganda
/// and legal-aid sessions of every commune; the districts' training classes; "Dân vận khéo" models with their recognitions
/// and replications; the districts' agencies and enterprises with their yearly conferences and dialogues. Records of the
/// old communes stay with them and roll up under the communes that took them over on 1/7/2025. Deterministic.
/// </summary>
public sealed class RegistersDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly DateOnly First = new(2021, 1, 1);
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "K'", "Ka", "Điểu"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Công"];
    private static readonly string[] GivenNames = ["An", "Bình", "Dũng", "Hải", "Hùng", "Long", "Nam", "Phúc", "Sơn", "Tuấn", "Hà", "Hoa", "Hương", "Lan", "Mai", "Thảo"];

    private static readonly (DisputeKind Kind, string Summary)[] Disputes =
    [
        (DisputeKind.Land, "Tranh chấp ranh giới đất vườn giữa hai hộ liền kề, hàng rào lấn sang khoảng 1 m"),
        (DisputeKind.Land, "Tranh chấp lối đi chung vào khu sản xuất"),
        (DisputeKind.Neighbours, "Mâu thuẫn do nước thải sinh hoạt chảy sang nhà bên cạnh"),
        (DisputeKind.Neighbours, "Xích mích do gia súc phá hoa màu của hộ bên cạnh"),
        (DisputeKind.Family, "Mâu thuẫn vợ chồng về việc chăm sóc con, đề nghị tổ hòa giải giúp đỡ"),
        (DisputeKind.Property, "Tranh chấp chia di sản thừa kế là thửa đất rẫy cà phê giữa các anh em"),
        (DisputeKind.Debt, "Vay 20 triệu đồng mua phân bón, quá hạn chưa trả"),
        (DisputeKind.Environment, "Chuồng heo gây mùi hôi ảnh hưởng các hộ xung quanh"),
    ];

    private static readonly (string Topic, string Law)[] Topics =
    [
        ("Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn", "Luật Đất đai số 31/2024/QH15"),
        ("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Luật số 10/2022/QH15"),
        ("Phòng, chống ma túy trong cộng đồng", "Luật Phòng, chống ma túy 2021"),
        ("Phòng, chống bạo lực gia đình", "Luật Phòng, chống bạo lực gia đình 2022"),
        ("An toàn giao thông cho học sinh và người dân", "Luật Trật tự, an toàn giao thông đường bộ 2024"),
        ("Phòng cháy, chữa cháy rừng mùa khô", "Luật Lâm nghiệp 2017"),
        ("Chính sách bảo hiểm y tế, bảo hiểm xã hội tự nguyện", "Luật Bảo hiểm xã hội 2024"),
    ];

    private static readonly (string Name, ModelField Field, string Description)[] Models =
    [
        ("Tổ tự quản đường hoa", ModelField.CultureSociety, "Các hộ dân tự trồng, chăm sóc hoa hai bên đường thôn, giữ gìn vệ sinh môi trường."),
        ("2 giảm, 4 giữ", ModelField.DefenceSecurity, "Giảm tội phạm, giảm tai nạn giao thông; giữ an ninh, giữ trật tự, giữ vệ sinh, giữ đoàn kết khu dân cư."),
        ("Sản xuất lúa hữu cơ", ModelField.Economy, "Nông dân liên kết sản xuất lúa hữu cơ, không dùng thuốc trừ cỏ, bao tiêu sản phẩm."),
        ("Vườn sạch, ngõ đẹp, nhà ngăn nắp", ModelField.CultureSociety, "Hội Liên hiệp Phụ nữ vận động hội viên chỉnh trang nhà ở, vườn tược."),
        ("Ngày chủ nhật xanh", ModelField.CultureSociety, "Đoàn Thanh niên ra quân thu gom rác thải mỗi chủ nhật cuối tháng."),
        ("Tổ công tác vận động giải phóng mặt bằng", ModelField.PoliticalSystem, "Cán bộ xã, thôn đến từng hộ tuyên truyền, vận động bàn giao mặt bằng dự án trọng điểm."),
        ("Cà phê tái canh bền vững", ModelField.Economy, "Hội Nông dân hướng dẫn hộ đồng bào K'Ho tái canh cà phê, liên kết tiêu thụ."),
        ("Camera an ninh khu dân cư", ModelField.DefenceSecurity, "Nhân dân đóng góp lắp camera giám sát các tuyến đường liên thôn."),
    ];

    public int Order => 75;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20130620);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        string Person() => $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
        DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(random.Next(0, Math.Max(1, to.DayNumber - from.DayNumber + 1)));

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var communes = units.Where(u => u.Kind.IsCommuneLevel()).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var villagesOf = units.Where(u => u.Kind == UnitKind.ResidentialCommunity).GroupBy(u => u.ParentId ?? 0).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Code).ToList());
        var districts = units.Where(u => u.Kind == UnitKind.District).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

        // Mediation: a team in every village (or one for the commune when it has none in the directory), and its cases.
        var teams = new List<MediationTeam>();
        var cases = new List<MediationCase>();
        foreach (var commune in communes)
        {
            var start = commune.ValidFrom is { } f && f > First ? f : First;
            var homes = villagesOf.GetValueOrDefault(commune.Id) ?? [commune];
            var communeTeams = new List<MediationTeam>();
            foreach (var home in homes.Where(h => h.IsActiveOn(start)))
            {
                var size = random.Next(3, 7);
                var team = new MediationTeam
                {
                    UnitId = home.Id, Name = $"Tổ hòa giải {home.Name}", RecognisedOn = start, DecisionNumber = $"{random.Next(10, 300)}/QĐ-UBND",
                    CreatedAt = now, CreatedBy = "demo",
                    Members = [.. Enumerable.Range(0, size).Select(i => new MediationMember { FullName = Person(), IsLeader = i == 0, IsWoman = i == 1 || random.Next(3) == 0 })],
                };
                teams.Add(team);
                communeTeams.Add(team);
            }
            if (communeTeams.Count == 0)
            {
                continue;
            }
            for (var half = start; half <= today && commune.IsActiveOn(half); half = half.AddMonths(6))
            {
                var end = half.AddMonths(6).AddDays(-1);
                if (commune.ValidTo is { } validTo && end >= validTo)
                {
                    end = validTo.AddDays(-1);
                }
                if (end > today)
                {
                    end = today;
                }
                for (var i = random.Next(2, 9); i > 0; i--)
                {
                    var team = communeTeams[random.Next(communeTeams.Count)];
                    var (kind, summary) = Disputes[random.Next(Disputes.Length)];
                    var received = Day(half, end);
                    var closed = received.AddDays(random.Next(3, 25));
                    var roll = random.NextDouble();
                    var status = closed > today ? CaseStatus.Ongoing : roll < 0.86 ? CaseStatus.Successful : roll < 0.95 ? CaseStatus.Failed : CaseStatus.Withdrawn;
                    var c = new MediationCase
                    {
                        UnitId = team.UnitId, TeamId = team.Id, ReceivedOn = received, PartyA = Person(), PartyB = Person(), Kind = kind,
                        Source = random.Next(5) == 0 ? CaseSource.TeamInitiative : CaseSource.PartiesRequest, Summary = summary, Status = status,
                        CreatedAt = now, CreatedBy = "demo",
                    };
                    if (status != CaseStatus.Ongoing)
                    {
                        c.ClosedOn = closed;
                        c.Sessions.Add(new MediationSession { CaseId = c.Id, HeldOn = closed, Mediators = string.Join(", ", team.Members.Take(2).Select(m => m.FullName)) });
                    }
                    if (status == CaseStatus.Successful)
                    {
                        c.Agreement = "Hai bên thống nhất phương án giải quyết, cam kết giữ gìn tình làng nghĩa xóm.";
                        c.PartyASigned = c.PartyBSigned = true;
                        if (closed.AddDays(30) <= today)
                        {
                            c.Compliance = random.Next(10) == 0 ? AgreementCompliance.PartlyHonoured : AgreementCompliance.Honoured;
                            c.FollowedUpOn = closed.AddDays(30);
                        }
                    }
                    else if (status == CaseStatus.Failed)
                    {
                        c.NextStep = "Hướng dẫn các bên đề nghị UBND xã hòa giải hoặc khởi kiện tại Tòa án";
                    }
                    cases.Add(c);
                }
            }
        }

        // Propaganda and legal aid in every commune, half-year by half-year.
        var sessions = new List<OutreachSession>();
        foreach (var commune in communes)
        {
            var start = commune.ValidFrom is { } f && f > First ? f : First;
            for (var half = start; half <= today && commune.IsActiveOn(half); half = half.AddMonths(6))
            {
                var end = half.AddMonths(6).AddDays(-1);
                end = commune.ValidTo is { } validTo && end >= validTo ? validTo.AddDays(-1) : end;
                end = end > today ? today : end;
                for (var i = random.Next(1, 6); i > 0; i--)
                {
                    var (topic, law) = Topics[random.Next(Topics.Length)];
                    var form = (OutreachForm)random.Next(5);
                    var people = form is OutreachForm.Conference or OutreachForm.DoorToDoor ? random.Next(25, 180) : 0;
                    var legalAid = random.Next(8) == 0;
                    sessions.Add(new OutreachSession
                    {
                        UnitId = commune.Id, Kind = legalAid ? OutreachKind.LegalAid : OutreachKind.Propaganda, HeldOn = Day(half, end), Topic = legalAid ? "Trợ giúp pháp lý miễn phí cho người dân tộc thiểu số" : topic,
                        Law = legalAid ? "Luật Trợ giúp pháp lý 2017" : law, Form = legalAid ? OutreachForm.Conference : form, Place = "Nhà văn hóa thôn",
                        People = people, Attendances = people + random.Next(0, people / 5 + 1), CreatedAt = now, CreatedBy = "demo",
                    });
                }
            }
        }

        // The districts' training classes (held and attended) and their models and workplaces, until the 2025 reform.
        var classes = new List<TrainingClass>();
        var models = new List<DanVanModel>();
        var workplaces = new List<Workplace>();
        foreach (var district in districts)
        {
            var mine = communes.Where(c => c.ParentId == district.Id).ToList();
            for (var year = 2021; year <= today.Year && district.IsActiveOn(new DateOnly(year, 1, 1)); year++)
            {
                if (year >= 2023)
                {
                    var on = new DateOnly(year, 9, 12);
                    classes.Add(new TrainingClass
                    {
                        UnitId = district.Id, Topic = "Bồi dưỡng thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền", StartsOn = on, EndsOn = on.AddDays(2),
                        Trainers = "Trung tâm Chính trị huyện", Organised = true, DistrictOfficials = random.Next(20, 50), CommuneOfficials = random.Next(60, 120),
                        Others = random.Next(0, 15), CreatedAt = now, CreatedBy = "demo",
                    });
                    classes.Add(new TrainingClass
                    {
                        UnitId = district.Id, Topic = "Tập huấn nghiệp vụ công tác dân vận", StartsOn = new DateOnly(year, 5, 20), EndsOn = new DateOnly(year, 5, 22),
                        Trainers = "Ban Dân vận Tỉnh ủy", Organised = false, Organiser = "Ban Dân vận Tỉnh ủy", DistrictOfficials = random.Next(2, 6),
                        CommuneOfficials = random.Next(15, 30), CreatedAt = now, CreatedBy = "demo",
                    });
                }
            }
            foreach (var (name, field, description) in Models.OrderBy(_ => random.Next()).Take(5))
            {
                var home = mine[random.Next(mine.Count)];
                var registered = random.Next(2021, 2025);
                var model = new DanVanModel
                {
                    UnitId = home.Id, Name = name, Field = field, Description = description, StartedBy = random.Next(2) == 0 ? "Hội Liên hiệp Phụ nữ xã" : "Ủy ban MTTQ xã",
                    YearRegistered = registered, CreatedAt = now, CreatedBy = "demo",
                };
                model.Recognitions.Add(new ModelRecognition { ModelId = model.Id, Level = RecognitionLevel.Commune, Year = registered, DecisionNumber = $"{random.Next(10, 200)}/QĐ-UBND", DecidedOn = new DateOnly(registered, 12, 15) });
                if (random.Next(2) == 0 && registered < 2025)
                {
                    model.Recognitions.Add(new ModelRecognition { ModelId = model.Id, Level = RecognitionLevel.District, Year = registered + 1, DecisionNumber = $"{random.Next(10, 200)}/QĐ-UBND", DecidedOn = new DateOnly(registered + 1, 6, 20) });
                }
                foreach (var other in mine.Where(c => c.Id != home.Id && c.IsActiveOn(new DateOnly(registered + 1, 3, 1))).OrderBy(_ => random.Next()).Take(random.Next(0, 3)))
                {
                    model.Replications.Add(new ModelReplication { ModelId = model.Id, UnitId = other.Id, StartedOn = new DateOnly(registered + 1, 3, 1) });
                }
                models.Add(model);
            }
            var list = new List<(string Name, WorkplaceKind Kind, int Staff)>
            {
                ("Văn phòng HĐND và UBND huyện", WorkplaceKind.Agency, 28), ("Phòng Nội vụ", WorkplaceKind.Agency, 9), ("Phòng Tư pháp", WorkplaceKind.Agency, 6),
                ("Phòng Tài nguyên và Môi trường", WorkplaceKind.Agency, 11), ("Thanh tra huyện", WorkplaceKind.Agency, 8), ("Phòng Tài chính - Kế hoạch", WorkplaceKind.Agency, 10),
                ("Trung tâm Y tế huyện", WorkplaceKind.PublicServiceUnit, 140), ("Trường THCS thị trấn", WorkplaceKind.PublicServiceUnit, 45),
                ("Công ty TNHH MTV Lâm nghiệp", WorkplaceKind.StateEnterprise, 120), ("Công ty TNHH Cà phê Tây Nguyên", WorkplaceKind.PrivateEnterprise, 60),
                ("Công ty Cổ phần Vật liệu xây dựng", WorkplaceKind.PrivateEnterprise, 35), ("Hợp tác xã Nông nghiệp", WorkplaceKind.PrivateEnterprise, 18),
                ("Công ty TNHH Dệt kim Hàn Việt", WorkplaceKind.ForeignInvested, 420), ("Cơ sở chế biến nông sản", WorkplaceKind.UnknownOwnership, 12),
            };
            foreach (var (name, kind, staff) in list)
            {
                var w = new Workplace { UnitId = district.Id, Name = name, Kind = kind, Staff = staff, Since = First, CreatedAt = now, CreatedBy = "demo" };
                if (kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit)
                {
                    w.RegulationNumber = $"{random.Next(1, 60)}/QĐ-{(kind == WorkplaceKind.Agency ? "UBND" : "TTYT")}";
                    w.RegulationIssuedOn = new DateOnly(2023, 8, random.Next(1, 28));
                }
                for (var year = 2020; year <= 2024; year++)
                {
                    var heldOn = new DateOnly(year + 1, random.Next(1, 4), random.Next(5, 28));
                    if (kind == WorkplaceKind.UnknownOwnership || heldOn > today || !district.IsActiveOn(heldOn)
                        || (kind is WorkplaceKind.PrivateEnterprise or WorkplaceKind.ForeignInvested && random.Next(3) == 0))
                    {
                        continue;
                    }
                    w.Conferences.Add(new WorkplaceConference
                    {
                        WorkplaceId = w.Id, Year = kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit ? year : year + 1, HeldOn = heldOn,
                        Form = staff >= 100 ? ConferenceForm.Delegates : ConferenceForm.Plenary, Attendees = Math.Min(staff, staff >= 100 ? 60 : staff - random.Next(0, 3)),
                        ChairedBy = Person(), Minutes = "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm, thông qua quy chế chi tiêu nội bộ và quy chế dân chủ; biểu quyết các chỉ tiêu thi đua.",
                    });
                    if (kind is not (WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit) && heldOn.AddMonths(6) <= today)
                    {
                        w.Dialogues.Add(new WorkplaceDialogue { WorkplaceId = w.Id, HeldOn = heldOn.AddMonths(6), Trigger = DialogueTrigger.Periodic, Topic = "Đối thoại định kỳ về tiền lương, điều kiện làm việc", Participants = Math.Min(staff, 15) });
                    }
                }
                workplaces.Add(w);
            }
        }
        db.AddRange(teams);
        db.AddRange(cases);
        db.AddRange(sessions);
        db.AddRange(classes);
        db.AddRange(models);
        db.AddRange(workplaces);
        await db.SaveChangesAsync(ct);
    }
}
