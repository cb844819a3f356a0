using Grassroots.Web.Platform.Demo;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Steering.Demo;

/// <summary>
/// The steering work of the demo (docs/demo-data.md): the Ban Chỉ đạo of Đam Rông and Bình Sơn from 2021 until the districts
/// ended (1/7/2025), and of both provinces since; each committee set up and re-organised by decision, its register (the
/// Ban Chỉ đạo numbering its own documents, the People's Committee's numbers given by its clerical office, plans received from
/// the province), six-month plans with tasks for every commune — most done on time, some late, some still open or overdue —
/// and a yearly inspection of two communes concluded by a notice whose items are tasks. Đam Rông's 2022 documents are those
/// the seed report cites. Deterministic.
/// </summary>
public sealed class SteeringDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    public int Order => 70;

    private static readonly string[] TaskTitles =
    [
        "Tổ chức hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở đến cán bộ, đảng viên và Nhân dân",
        "Rà soát, niêm yết công khai các nội dung phải công khai tại trụ sở UBND xã và nhà sinh hoạt cộng đồng",
        "Kiện toàn Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng",
        "Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân",
        "Rà soát, sửa đổi hương ước, quy ước của thôn, bon",
        "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở gửi Ban Chỉ đạo",
        "Xây dựng mô hình “Dân vận khéo” trong phát triển kinh tế",
        "Tiếp công dân định kỳ và giải quyết dứt điểm đơn thư tồn đọng",
    ];

    private sealed record Series(Unit Unit, IssuingBody Body)
    {
        public Dictionary<(int Year, string Series), int> Last { get; } = [];
    }

    private readonly List<Series> _series = [];
    private DateTime _now;
    private DateOnly _today;
    private int _person;

    public async Task SeedAsync(CancellationToken ct)
    {
        _now = clock.GetUtcNow().UtcDateTime;
        _today = clock.VietnamToday();
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        foreach (var code in new[] { "675", "522" })
        {
            var district = units.Single(u => u.Code == code);
            var communes = units.Where(u => u.ParentId == district.Id && u.Kind.IsCommuneLevel()).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            Committee(district, communes, new DateOnly(2021, 1, 1), (district.ValidTo ?? _today).AddDays(-1), code == "675");
        }
        foreach (var code in new[] { "68", "51" })
        {
            var province = units.Single(u => u.Code == code);
            var communes = units.Where(u => u.ParentId == province.Id && u.Kind.IsCommuneLevel() && u.ValidFrom == DemoFacts.ReformDate)
                .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            Committee(province, communes, DemoFacts.ReformDate, _today, false);
        }
        foreach (var s in _series)
        {
            foreach (var ((year, series), last) in s.Last)
            {
                db.Add(new DocumentCounter { UnitId = s.Unit.Id, IssuingBody = s.Body, Year = year, Series = series, Last = last });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private void Committee(Unit unit, List<Unit> communes, DateOnly from, DateOnly until, bool seedFaithful)
    {
        var random = new Random(unit.Id * 7919);
        var level = SteeringRules.LevelWord(unit.Kind);
        var place = Unit.PlaceName(unit.Name);
        var party = unit.Kind == UnitKind.Province ? "Tỉnh ủy" : "Huyện ủy";
        var committee = new SteeringCommittee
        {
            UnitId = unit.Id,
            Name = $"Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở {level} {place}",
            CreatedAt = _now,
            CreatedBy = "demo",
        };
        db.Add(committee);

        // Set up by the first decision of its first year.
        var setUp = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Decision, from.AddDays(20),
            $"Về việc kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở {level} {place}", "Trưởng ban");
        var roles = new List<(string Job, CommitteeRole Role, string Field, Unit? Area)>
        {
            ($"Phó Bí thư Thường trực {party}", CommitteeRole.Head, "Chỉ đạo chung", null),
            ($"Trưởng Ban Dân vận {party}", CommitteeRole.DeputyHead, "Công tác dân vận, thường trực Ban Chỉ đạo", null),
            ($"Phó Chủ tịch UBND {level}", CommitteeRole.DeputyHead, "Dân chủ trong cơ quan hành chính, cải cách hành chính", null),
            ($"Chủ tịch Ủy ban MTTQ Việt Nam {level}", CommitteeRole.Member, "Giám sát, phản biện xã hội", null),
            ($"Trưởng phòng Nội vụ", CommitteeRole.Member, "Dân chủ ở cơ quan, đơn vị", null),
            ($"Chủ tịch Liên đoàn Lao động {level}", CommitteeRole.Member, "Dân chủ ở doanh nghiệp", null),
        };
        roles.AddRange(communes.Take(4).Select((c, i) => ($"Phó Trưởng Ban Dân vận {party}", CommitteeRole.Member, "Theo dõi địa bàn", (Unit?)c)));
        roles.Add(("Chuyên viên Ban Dân vận", CommitteeRole.Assistant, "Tổng hợp, tham mưu", null));
        var change = new CommitteeChange { CommitteeId = committee.Id, EffectiveOn = setUp.IssuedOn!.Value, DocumentId = setUp.Id, Joined = roles.Count };
        committee.Changes.Add(change);
        var members = roles.Select(r => new CommitteeMember
        {
            CommitteeId = committee.Id,
            PersonName = DemoNames.Person(_person++),
            JobTitle = r.Job,
            Role = r.Role,
            Responsibility = r.Field,
            AreaUnitId = r.Area?.Id,
            From = change.EffectiveOn,
            ChangeId = change.Id,
        }).ToList();
        committee.Members.AddRange(members);

        for (var year = from.Year; year <= until.Year; year++)
        {
            var start = year == from.Year ? from : new DateOnly(year, 1, 1);
            var end = year == until.Year ? until : new DateOnly(year, 12, 31);
            if (year > from.Year)
            {
                // Each new year the committee is re-organised: the deputy from the People's Committee changes.
                var decision = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Decision, new DateOnly(year, 3, 10),
                    $"Về việc kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở {level} {place} năm {year}", "Trưởng ban");
                var reorganisation = new CommitteeChange { CommitteeId = committee.Id, EffectiveOn = decision.IssuedOn!.Value, DocumentId = decision.Id, Joined = 1, Left = 1 };
                committee.Changes.Add(reorganisation);
                var leaving = committee.Members.First(m => m.To is null && m.Role == CommitteeRole.DeputyHead && m.JobTitle!.StartsWith("Phó Chủ tịch", StringComparison.Ordinal));
                leaving.To = reorganisation.EffectiveOn;
                committee.Members.Add(new CommitteeMember
                {
                    CommitteeId = committee.Id, PersonName = DemoNames.Person(_person++), JobTitle = leaving.JobTitle, Role = CommitteeRole.DeputyHead,
                    Responsibility = leaving.Responsibility, From = reorganisation.EffectiveOn, ChangeId = reorganisation.Id,
                });
            }
            if (seedFaithful && year == 2022)
            {
                // The documents Đam Rông's six-month report of 2022 cites (../shared/seeds): footnotes ³ and ⁴.
                var rules = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Decision, new DateOnly(2022, 6, 8),
                    "Về ban hành Quy chế hoạt động của Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Đam Rông", "Trưởng ban");
                committee.RulesDocumentId = rules.Id;
                Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Notice, new DateOnly(2022, 6, 15),
                    "Về phân công trách nhiệm các thành viên và tổ chuyên viên giúp việc Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở", "Trưởng ban");
                Recorded(unit, IssuingBody.PeoplesCommittee, DocumentKind.Plan, "21/KH-UBND", new DateOnly(2022, 2, 10),
                    "Về triển khai thực hiện quy chế công tác dân vận của hệ thống chính trị trên địa bàn huyện");
                Recorded(unit, IssuingBody.PeoplesCommittee, DocumentKind.OfficialLetter, "868/UBND-TH", new DateOnly(2022, 5, 18),
                    "Về triển khai thực hiện Thông báo kết luận số 117/TB-UBND của Chủ tịch UBND tỉnh tại Hội nghị tổng kết Quy chế phối hợp giữa UBND tỉnh và Ban Dân vận Tỉnh ủy về thực hiện công tác dân vận giai đoạn 2014-2021");
                Recorded(unit, IssuingBody.PeoplesCommittee, DocumentKind.OfficialLetter, "898/UBND-NC", new DateOnly(2022, 5, 24),
                    "Về triển khai thực hiện kế hoạch số 3416/KH-UBND của UBND tỉnh về thực hiện công tác dân vận, dân chủ năm 2022");
                Received(unit, DocumentKind.Plan, "3416/KH-UBND", new DateOnly(2022, 4, 20), "UBND tỉnh Lâm Đồng",
                    "Về thực hiện công tác dân vận, dân chủ năm 2022");
            }
            else
            {
                Recorded(unit, IssuingBody.PeoplesCommittee, DocumentKind.Plan, $"{random.Next(15, 60)}/KH-UBND", start.AddDays(40) > end ? start : start.AddDays(40),
                    $"Về triển khai thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm {year}");
            }
            // Two six-month plans a year (the first half only when the year starts with the committee).
            foreach (var half in new[] { 1, 2 })
            {
                var pFrom = new DateOnly(year, half == 1 ? 1 : 7, 1);
                var pTo = half == 1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);
                if (pTo < start || pFrom > end)
                {
                    continue;
                }
                var issuedOn = pFrom < start ? start.AddDays(5) : pFrom.AddDays(14);
                if (issuedOn > _today)
                {
                    continue;
                }
                var planDoc = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Plan, issuedOn,
                    $"Kế hoạch thực hiện quy chế dân chủ ở cơ sở {(half == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm")} {year}", "Trưởng ban");
                var plan = new SteeringPlan
                {
                    UnitId = unit.Id, Title = $"Kế hoạch thực hiện quy chế dân chủ ở cơ sở {(half == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm")} {year}",
                    Kind = PlanKind.SixMonthly, From = pFrom, To = pTo, DocumentId = planDoc.Id, CreatedAt = _now, CreatedBy = "demo",
                };
                db.Add(plan);
                foreach (var (commune, k) in communes.Select((c, k) => (c, k)))
                {
                    for (var t = 0; t < 2; t++)
                    {
                        var due = Working(pTo.AddDays(-20 - 30 * t - random.Next(0, 20)));
                        Task(plan.Id, null, unit, commune, TaskTitles[(k + t + half) % TaskTitles.Length], issuedOn, due, random, members);
                    }
                }
            }
            // A yearly inspection in the autumn: two communes, findings, a concluding notice whose items are tasks.
            var iFrom = Working(new DateOnly(year, 10, 5));
            if (communes.Count >= 2 && iFrom >= start && iFrom.AddDays(30) <= (end < _today ? end : _today))
            {
                var visited = communes.Skip((year * 3) % Math.Max(1, communes.Count - 1)).Take(2).ToList();
                var setUpTeam = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Plan, iFrom.AddDays(-12),
                    $"Kế hoạch kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm {year}", "Trưởng ban");
                var inspection = new SteeringInspection
                {
                    UnitId = unit.Id, Title = $"Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm {year}",
                    Team = $"{members[0].PersonName} — Trưởng đoàn\n{members[1].PersonName} — Phó Trưởng đoàn\n{members[4].PersonName} — Thành viên",
                    From = iFrom, To = iFrom.AddDays(3), NotifiedOn = iFrom.AddDays(-10), DocumentId = setUpTeam.Id, CreatedAt = _now, CreatedBy = "demo",
                };
                foreach (var v in visited)
                {
                    inspection.Units.Add(new InspectedUnit
                    {
                        InspectionId = inspection.Id, UnitId = v.Id,
                        Findings = $"{v.Name} đã ban hành kế hoạch thực hiện quy chế dân chủ năm {year}; niêm yết công khai đầy đủ. Hạn chế: hồ sơ tiếp công dân chưa cập nhật kịp thời; chưa tổ chức đối thoại định kỳ.",
                    });
                }
                var notice = Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Notice, iFrom.AddDays(20),
                    $"Kết luận của Ban Chỉ đạo về kết quả kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm {year}", "Trưởng ban",
                    "Các xã được kiểm tra đã quan tâm lãnh đạo, chỉ đạo thực hiện quy chế dân chủ ở cơ sở; nội dung dân biết, dân bàn, dân làm, dân kiểm tra được triển khai cơ bản đúng quy định.\nTuy nhiên, việc lưu trữ hồ sơ tiếp công dân, tổ chức đối thoại với Nhân dân còn hạn chế; cần khắc phục trong thời gian tới.");
                inspection.NoticeId = notice.Id;
                db.Add(inspection);
                foreach (var v in visited)
                {
                    Task(null, notice.Id, unit, v, "Cập nhật đầy đủ sổ tiếp công dân và hồ sơ giải quyết đơn thư", notice.IssuedOn!.Value,
                        Working(notice.IssuedOn.Value.AddDays(45)), random, members, visited.IndexOf(v) * 2 + 1);
                    Task(null, notice.Id, unit, v, "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân", notice.IssuedOn.Value,
                        Working(notice.IssuedOn.Value.AddDays(60)), random, members, visited.IndexOf(v) * 2 + 2);
                }
            }
            if (year < until.Year || until < _today)
            {
                Issue(unit, IssuingBody.SteeringCommittee, DocumentKind.Report, end.AddDays(-10) < start ? start : end.AddDays(-10),
                    $"Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở năm {year}", "Trưởng ban");
            }
        }
        db.Add(new CommitteeMeeting
        {
            CommitteeId = committee.Id, UnitId = unit.Id, HeldOn = Working(until.AddDays(-30) < from ? from : until.AddDays(-30)), Place = $"Hội trường {party} {place}",
            Chair = members[0].PersonName, Minutes = "Ban Chỉ đạo đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở trong kỳ; các thành viên báo cáo tình hình địa bàn, lĩnh vực được phân công.",
            Conclusions = "Các xã khẩn trương hoàn thành các nhiệm vụ còn chậm; tổ giúp việc tổng hợp, báo cáo Ban Chỉ đạo.", CreatedAt = _now, CreatedBy = "demo",
        });
    }

    private void Task(Guid? planId, Guid? noticeId, Unit owner, Unit assignee, string title, DateOnly assignedOn, DateOnly due, Random random, List<CommitteeMember> members,
        int? item = null)
    {
        var task = new SteeringTask
        {
            ItemNumber = item,
            OwnerUnitId = owner.Id, PlanId = planId, NoticeId = noticeId, AssigneeUnitId = assignee.Id, Title = title,
            AssigneeMemberId = members.FirstOrDefault(m => m.AreaUnitId == assignee.Id)?.Id,
            ExpectedOutput = title.StartsWith("Báo cáo", StringComparison.Ordinal) ? "Báo cáo bằng văn bản" : "Kế hoạch, biên bản và hình ảnh minh chứng",
            AssignedOn = assignedOn, DueOn = due, State = TaskState.Open, CreatedAt = _now, CreatedBy = "demo",
        };
        var roll = random.Next(100);
        if (due < _today.AddDays(-10) || (due < _today.AddDays(20) && roll < 40))
        {
            // Most tasks are done by their day; about one in six late; a few past ones are still open (overdue).
            var done = roll < 70 ? due.AddDays(-random.Next(0, 15)) : roll < 88 ? due.AddDays(random.Next(1, 20)) : (DateOnly?)null;
            if (done is { } d && d <= _today && d >= assignedOn)
            {
                task.State = TaskState.Done;
                task.CompletedOn = d;
                task.Progress.Add(new TaskProgress { TaskId = task.Id, ReportedOn = d, Note = "Đã hoàn thành; gửi kèm biên bản và hình ảnh.", Completes = true, CreatedAt = _now, CreatedBy = "demo" });
            }
        }
        db.Add(task);
    }

    private SteeringDocument Issue(Unit unit, IssuingBody body, DocumentKind kind, DateOnly on, string summary, string signerTitle, string? text = null)
    {
        var s = _series.FirstOrDefault(x => x.Unit.Id == unit.Id && x.Body == body);
        if (s is null)
        {
            _series.Add(s = new Series(unit, body));
        }
        var series = SteeringRules.Series(body, kind);
        var number = s.Last.GetValueOrDefault((on.Year, series)) + 1;
        s.Last[(on.Year, series)] = number;
        var d = new SteeringDocument
        {
            UnitId = unit.Id, IssuingBody = body, Format = SteeringRules.FormatOf(body), Kind = kind, Status = DocumentStatus.Issued,
            Number = number, Year = on.Year, Series = series, NumberAndSymbol = SteeringRules.Symbol(body, unit.Kind, kind, number, null),
            IssuedOn = on, SignerName = DemoNames.Person(unit.Id), SignerTitle = signerTitle, Summary = summary, Body = text,
            Recipients = "Các thành viên Ban Chỉ đạo\nBan Chỉ đạo QCDC cơ sở các xã\nLưu: VT", CreatedAt = _now, CreatedBy = "demo",
        };
        db.Add(d);
        return d;
    }

    private void Recorded(Unit unit, IssuingBody body, DocumentKind kind, string symbol, DateOnly on, string summary) =>
        db.Add(new SteeringDocument
        {
            UnitId = unit.Id, IssuingBody = body, Format = SteeringRules.FormatOf(body), Kind = kind, Status = DocumentStatus.Issued,
            Number = SteeringRules.LeadingNumber(symbol), Year = on.Year, NumberAndSymbol = symbol, IssuedOn = on, SignerName = DemoNames.Person(unit.Id + 1),
            SignerTitle = "Chủ tịch", Summary = summary, CreatedAt = _now, CreatedBy = "demo",
        });

    private void Received(Unit unit, DocumentKind kind, string symbol, DateOnly on, string sender, string summary) =>
        db.Add(new SteeringDocument
        {
            UnitId = unit.Id, IssuingBody = IssuingBody.PeoplesCommittee, Format = HeaderStyle.State, Kind = kind, Status = DocumentStatus.Received,
            NumberAndSymbol = symbol, Year = on.Year, IssuedOn = on, ReceivedOn = on.AddDays(3), Sender = sender, Summary = summary, CreatedAt = _now, CreatedBy = "demo",
        });

    /// <summary>A demo due day on a weekday (holidays are the legal clock's business when people enter tasks).</summary>
    private static DateOnly Working(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(2),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };
}
