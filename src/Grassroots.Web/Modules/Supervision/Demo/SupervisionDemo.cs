namespace Grassroots.Web.Modules.Supervision.Demo;

/// <summary>
/// The supervision records of the two demo districts (Bình Sơn, Đam Rông), from 2021 to today: each commune's People's
/// Inspection Board with its checks, an investment board a year with its supervisions, the Front's supervisions and
/// criticisms, voters' meetings with their petitions and dialogues, and their recommendations — most answered, some waiting,
/// a few overdue. The indicators that were typed before are counted from these. Deterministic.
/// </summary>
public sealed class SupervisionDemo(AppDbContext db, SupervisionClock legal, TimeProvider clock) : IDemoData
{
    private static readonly string[] Districts = ["522", "675"];
    private static readonly string[] People = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Giang", "Đặng Văn Hùng"];

    public int Order => 85;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20240630);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var districts = await db.Units.AsNoTracking().Where(u => Districts.Contains(u.Code)).ToListAsync(ct);
        var dues = new Dictionary<DateOnly, (DateOnly Due, string Explanation)>();
        async Task<(DateOnly, string)> DueAsync(DateOnly sent)
        {
            if (!dues.TryGetValue(sent, out var d))
            {
                var deadline = await legal.StartAsync(SupervisionRuleId.Answer, sent, ct);
                dues[sent] = d = (deadline.DueOn, deadline.Explanation);
            }
            return d;
        }
        var recommendations = new List<Recommendation>();
        async Task RecommendAsync(Unit unit, RecommendationSource source, Guid sourceId, DateOnly on, string content, Unit to, int number)
        {
            var (due, explanation) = await DueAsync(on);
            var r = new Recommendation
            {
                UnitId = unit.Id, Source = source, SourceId = sourceId, Number = number, Content = content, AddressedUnitId = to.Id, SentOn = on, DueOn = due,
                DueExplanation = explanation, IsPublic = SupervisionRules.PublicByDefault(source), CreatedAt = now, CreatedBy = "demo",
            };
            // Past their due day, nine in ten were answered (a few late) and the rest are overdue; those not yet due wait.
            var roll = random.NextDouble();
            var answered = on.AddDays(random.Next(5, 35));
            if (due < today && roll < 0.9 && answered <= today)
            {
                r.AnsweredOn = answered;
                r.Answer = "Đã tiếp thu, chỉ đạo bộ phận chuyên môn kiểm tra, xử lý và thông báo kết quả.";
                r.AnsweredByUnitId = to.Id;
                r.Acceptance = roll < 0.8 ? Acceptance.Accepted : Acceptance.NotAccepted;
            }
            recommendations.Add(r);
        }
        foreach (var district in districts)
        {
            // The district's communes, and the communes of today that hold their records since the reform of 1/7/2025.
            var successors = db.Set<LineageLink>().Where(l => l.FromUnit!.Path.StartsWith(district.Path)).Select(l => l.ToUnitId);
            var communes = await db.Units.AsNoTracking().Where(u => (u.Path.StartsWith(district.Path) && u.Id != district.Id) || successors.Contains(u.Id))
                .Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward || u.Kind == UnitKind.Township || u.Kind == UnitKind.SpecialZone)
                .OrderBy(u => u.Code).ToListAsync(ct);
            foreach (var c in communes)
            {
                var start = c.ValidFrom is { } from && from > new DateOnly(2021, 1, 4) ? from : new DateOnly(2021, 1, 4);
                var end = c.ValidTo is { } validTo && validTo <= today ? validTo : (DateOnly?)null;
                if (start > today)
                {
                    continue;
                }
                var board = new SupervisionBoard
                {
                    UnitId = c.Id, Kind = BoardKind.Inspection, Name = $"Ban Thanh tra nhân dân {c.Name}", EstablishedOn = start, DissolvedOn = end,
                    TermEndsOn = end ?? new DateOnly(2027, 6, 30), CreatedAt = now, CreatedBy = "demo",
                    Members = People.Take(5).Select((p, i) => new BoardMember
                    {
                        Name = p, Role = i == 0 ? MemberRole.Head : i == 1 ? MemberRole.Deputy : MemberRole.Member, Residence = $"Thôn {i + 1}", ElectedOn = start,
                    }).ToList(),
                };
                db.Add(board);
                for (var year = start.Year; year <= today.Year; year++)
                {
                    foreach (var month in new[] { 4, 11 })
                    {
                        var held = new DateOnly(year, month, 10 + random.Next(0, 10));
                        if (held < start || held > today || (end is { } e && held >= e))
                        {
                            continue;
                        }
                        var check = new SupervisionSession
                        {
                            UnitId = c.Id, Kind = SessionKind.Inspection, BoardId = board.Id, Topic = month == 4 ? "Giám sát việc thu, chi các khoản đóng góp của Nhân dân" : "Giám sát việc giải quyết đơn thư, tiếp công dân",
                            SupervisedBody = $"UBND {c.Name}", HeldOn = held, Findings = "Cơ bản thực hiện đúng quy định; một số chứng từ chưa đầy đủ.", CreatedAt = now, CreatedBy = "demo",
                        };
                        db.Add(check);
                        await RecommendAsync(c, RecommendationSource.InspectionBoard, check.Id, held, "Đề nghị bổ sung đầy đủ chứng từ thu, chi và công khai tại nhà văn hóa thôn.", c, 1);
                        var voters = new VotersMeeting
                        {
                            UnitId = c.Id, Level = month == 4 ? DeputyLevel.CommuneCouncil : DeputyLevel.ProvincialCouncil, Constituency = $"Đơn vị bầu cử số 1 — {c.Name}",
                            Deputies = "Các đại biểu HĐND", HeldOn = held.AddDays(3), Place = $"Hội trường UBND {c.Name}", Attendance = random.Next(60, 180), CreatedAt = now, CreatedBy = "demo",
                        };
                        if (voters.HeldOn <= today && (end is null || voters.HeldOn < end))
                        {
                            db.Add(voters);
                            await RecommendAsync(c, RecommendationSource.Voters, voters.Id, voters.HeldOn, "Cử tri kiến nghị sửa chữa đường liên thôn bị xuống cấp.", district.ValidTo is null ? district : c, 1);
                            await RecommendAsync(c, RecommendationSource.Voters, voters.Id, voters.HeldOn, "Cử tri đề nghị hỗ trợ giống cây trồng cho hộ nghèo.", c, 2);
                        }
                    }
                    var project = new DateOnly(year, 3, 1);
                    if (project >= start && project <= today && (end is null || project < end))
                    {
                        var projectEnd = new DateOnly(year, 11, 30);
                        var investment = new SupervisionBoard
                        {
                            UnitId = c.Id, Kind = BoardKind.Investment, Name = $"Ban giám sát đầu tư của cộng đồng — Đường bê tông thôn {year % 5 + 1}", EstablishedOn = project,
                            DissolvedOn = projectEnd < today ? projectEnd : null, ProjectName = $"Bê tông hóa đường thôn {year % 5 + 1}", Investor = $"UBND {c.Name}",
                            Funds = 800_000_000 + random.Next(0, 20) * 50_000_000, ProjectPlace = $"Thôn {year % 5 + 1}", ProjectStartsOn = project, ProjectEndsOn = projectEnd,
                            CreatedAt = now, CreatedBy = "demo",
                            Members = People.Skip(2).Take(5).Select((p, i) => new BoardMember { Name = p, Role = i == 0 ? MemberRole.Head : MemberRole.Member, ElectedOn = project }).ToList(),
                        };
                        db.Add(investment);
                        foreach (var m in new[] { 5, 8 })
                        {
                            var held = new DateOnly(year, m, 15);
                            if (held <= today && (end is null || held < end))
                            {
                                var s = new SupervisionSession
                                {
                                    UnitId = c.Id, Kind = SessionKind.Investment, BoardId = investment.Id, Topic = $"Giám sát thi công {investment.ProjectName}",
                                    SupervisedBody = "Nhà thầu thi công", HeldOn = held, Findings = "Thi công đúng thiết kế; cần bảo đảm an toàn giao thông.", CreatedAt = now, CreatedBy = "demo",
                                };
                                db.Add(s);
                            }
                        }
                    }
                    var dialogueOn = new DateOnly(year, 9, 20);
                    if (dialogueOn >= start && dialogueOn <= today && (end is null || dialogueOn < end))
                    {
                        var dialogue = new Dialogue
                        {
                            UnitId = c.Id, HeadName = "Chủ tịch UBND", HeadTitle = $"Chủ tịch UBND {c.Name}", Group = (DialogueGroup)(year % 4), AnnouncedOn = dialogueOn.AddDays(-10),
                            HeldOn = dialogueOn, Place = $"Hội trường {c.Name}", Participants = random.Next(50, 150), ResultsPublishedOn = dialogueOn.AddDays(7),
                            ResultsDueOn = dialogueOn.AddDays(10), Summary = "Trao đổi về đất đai, việc làm và môi trường.", CreatedAt = now, CreatedBy = "demo",
                        };
                        db.Add(dialogue);
                        await RecommendAsync(c, RecommendationSource.Dialogue, dialogue.Id, dialogueOn, "Người dân đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất.", c, 1);
                    }
                }
            }
            // The district's Front: supervisions, criticisms, comments on drafts; the National Assembly deputies' voters' meetings.
            for (var year = 2021; year <= Math.Min(today.Year, 2025); year++)
            {
                foreach (var (month, kind) in new[] { (3, SessionKind.FrontSupervision), (6, SessionKind.Criticism), (8, SessionKind.FrontSupervision), (11, SessionKind.DraftComment) })
                {
                    var held = new DateOnly(year, month, 12);
                    if (held > today || (district.ValidTo is { } dv && held >= dv))
                    {
                        continue;
                    }
                    var s = new SupervisionSession
                    {
                        UnitId = district.Id, Kind = kind, Supervisor = (Supervisor)(month % 6), Form = kind == SessionKind.Criticism ? CriticismForm.Conference : null,
                        Topic = kind switch
                        {
                            SessionKind.FrontSupervision => "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo",
                            SessionKind.Criticism => "Phản biện dự thảo Nghị quyết về xây dựng nông thôn mới",
                            _ => "Góp ý dự thảo văn bản quy phạm pháp luật",
                        },
                        SupervisedBody = kind == SessionKind.FrontSupervision ? "Phòng Lao động - Thương binh và Xã hội" : null,
                        Document = kind == SessionKind.FrontSupervision ? null : "Dự thảo Nghị quyết của HĐND huyện",
                        UnitsVisited = kind == SessionKind.FrontSupervision ? random.Next(3, 10) : 0, HeldOn = held,
                        Findings = "Tổng hợp kết quả và kiến nghị gửi cơ quan có thẩm quyền.", CreatedAt = now, CreatedBy = "demo",
                    };
                    db.Add(s);
                    if (kind != SessionKind.DraftComment)
                    {
                        await RecommendAsync(district, kind == SessionKind.Criticism ? RecommendationSource.Criticism : RecommendationSource.Front, s.Id, held,
                            "Đề nghị rà soát, cập nhật kịp thời danh sách hộ nghèo, hộ cận nghèo.", district, 1);
                    }
                }
                var na = new DateOnly(year, 5, 5);
                if (na <= today && (district.ValidTo is null || na < district.ValidTo))
                {
                    db.Add(new VotersMeeting
                    {
                        UnitId = district.Id, Level = DeputyLevel.NationalAssembly, Constituency = $"Đơn vị bầu cử — {district.Name}", Deputies = "Đoàn Đại biểu Quốc hội tỉnh",
                        HeldOn = na, Place = $"Hội trường {district.Name}", Attendance = random.Next(100, 250), CreatedAt = now, CreatedBy = "demo",
                    });
                }
            }
        }
        db.AddRange(recommendations);
        await db.SaveChangesAsync(ct);
    }
}
