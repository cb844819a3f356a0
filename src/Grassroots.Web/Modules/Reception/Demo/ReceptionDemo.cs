namespace Grassroots.Web.Modules.Reception.Demo;

/// <summary>
/// The demo's receptions since January 2021 (README, "Demo data"): each commune chairman's periodic day every month,
/// the district chairman's periodic day and the district's regular reception twice a month until the 2025 reform, a
/// crowd delegation of 33 people at Bình Sơn in 2023, and today's chairmen's published days for the coming weeks.
/// Deterministic: the same seed gives the same demo on every machine.
/// </summary>
public sealed class ReceptionDemo(AppDbContext db, UnitLineage lineage, WorkingCalendar calendar, TimeProvider clock) : IDemoData
{
    /// <summary>The demo tree's reform: the old communes and the districts end on this day.</summary>
    private static readonly DateOnly Reform = new(2025, 7, 1);

    private static readonly DateOnly Start = new(2021, 1, 4);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Công"];
    private static readonly string[] GivenNames = ["An", "Bình", "Dũng", "Hải", "Hùng", "Long", "Nam", "Phúc", "Sơn", "Tuấn", "Hà", "Hoa", "Hương", "Lan", "Mai", "Thảo"];

    /// <summary>What visitors come about: requests, and what they report of their village.</summary>
    private static readonly string[][] Topics =
    [
        [
            "Đề nghị sửa chữa cầu tràn qua suối bị sạt lở", "Hỏi về chế độ hỗ trợ người có công với cách mạng",
            "Đề nghị cấp lại giấy chứng nhận quyền sử dụng đất bị mất", "Hỏi về tiến độ chi trả tiền bồi thường giải phóng mặt bằng",
        ],
        [
            "Phản ánh xe quá tải làm hư hỏng đường thôn", "Phản ánh việc đổ trộm phế thải xây dựng ven đường",
            "Phản ánh tình trạng mất điện kéo dài", "Phản ánh tiếng ồn từ cơ sở xay xát ban đêm",
        ],
    ];

    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20250701);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var oldCommunes = (await db.Units.AsNoTracking()
                .Where(u => u.ValidTo == Reform && (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward || u.Kind == UnitKind.Township))
                .ToListAsync(ct))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var communes = new List<Unit>();
        foreach (var old in oldCommunes)
        {
            communes.Add(await lineage.SuccessorOnAsync(old, Reform, ct));
        }
        communes = communes.DistinctBy(u => u.Id).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var districts = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).ToListAsync(ct)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        string Person() => $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
        ReceptionSession Session(Unit unit, SessionKind kind, DateOnly on, string receivedBy, string place) =>
            NewSession(random, unit, kind, on > today ? today : on, receivedBy, place, Person, now);

        // The commune chairman's periodic day each month, the district chairman's and the district's regular reception, with their visits.
        var sessions = new List<ReceptionSession>();
        // Receptions are held on working days of the working calendar: the n-th working day after the month's first.
        Task<DateOnly> WorkingDay(DateOnly month, int from, int to) => calendar.AddWorkingDaysAsync(month, random.Next(from, to), ct);
        for (var month = new DateOnly(Start.Year, Start.Month, 1); month < today; month = month.AddMonths(1))
        {
            foreach (var commune in month < Reform ? oldCommunes : communes)
            {
                sessions.Add(Session(commune, SessionKind.Periodic, await WorkingDay(month, 1, 18), "Chủ tịch UBND xã", "Trụ sở UBND xã"));
            }
            if (month < Reform)
            {
                foreach (var district in districts)
                {
                    sessions.Add(Session(district, SessionKind.Periodic, await WorkingDay(month, 1, 9), "Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện"));
                    sessions.Add(Session(district, SessionKind.Regular, await WorkingDay(month, 9, 18), "Ban Tiếp công dân huyện", "Trụ sở Tiếp công dân huyện"));
                }
            }
        }
        // One crowd delegation on land recovery at Bình Sơn (33 people, one matter), as the seed report has.
        var crowdSession = sessions.First(s => s.UnitId == districts[0].Id && s.Kind == SessionKind.Periodic && s.HeldOn.Year == 2023);
        crowdSession.Visits.Add(new ReceptionVisit
        {
            UnitId = crowdSession.UnitId,
            People = 33,
            IsCrowd = true,
            VisitorName = "Đoàn đại diện các hộ dân thôn Tân Hy",
            Content = "Đề nghị xem xét lại phương án bồi thường, hỗ trợ khi thu hồi đất mở rộng khu kinh tế Dung Quất.",
            MatterId = Guid.CreateVersion7(),
            Outcome = VisitOutcome.AnsweredOnSpot,
        });
        db.AddRange(sessions);

        // The chairmen's published days from two weeks ago to four weeks ahead; most of the past ones were held.
        foreach (var commune in communes)
        {
            for (var week = 0; week < 6; week++)
            {
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + 7 * (week - 2));
                var day = monday.AddDays(commune.Id % 5);
                db.Add(new ReceptionScheduleEntry { UnitId = commune.Id, On = day, HeadName = "Chủ tịch UBND xã", Place = "Phòng tiếp công dân, trụ sở UBND xã",
                    StartsAt = new TimeOnly(7, 30), EndsAt = new TimeOnly(11, 30) });
                if (day < today && random.Next(5) > 0)
                {
                    db.Add(Session(commune, SessionKind.Periodic, day, "Chủ tịch UBND xã", "Phòng tiếp công dân"));
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static ReceptionSession NewSession(Random random, Unit unit, SessionKind kind, DateOnly on, string receivedBy, string place, Func<string> person, DateTime now)
    {
        var session = new ReceptionSession { UnitId = unit.Id, Kind = kind, HeldOn = on, Place = place, ReceivedBy = receivedBy, CreatedAt = now };
        var visits = random.Next(0, kind == SessionKind.Regular ? 7 : 4);
        for (var i = 0; i < visits; i++)
        {
            var topics = Topics[random.Next(2)];
            var people = random.Next(10) == 0 ? 2 : 1;
            session.Visits.Add(new ReceptionVisit
            {
                UnitId = unit.Id,
                People = people,
                VisitorName = person(),
                Content = topics[random.Next(topics.Length)],
                MatterId = Guid.CreateVersion7(),
                Outcome = random.Next(3) == 0 ? VisitOutcome.Guided : VisitOutcome.AnsweredOnSpot,
            });
        }
        return session;
    }
}
