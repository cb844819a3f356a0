using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions.Demo;

/// <summary>
/// The demo's letters since January 2021 (README, "Demo data"): about one every other day at a commune of the demo
/// districts (at the commune that holds its records since the 2025 reform), of every kind, with their legal clocks
/// and outcomes: settled on time and late, transferred, guided, filed, anonymous denunciations, citizens' verdicts.
/// Deterministic: the same seed gives the same demo on every machine.
/// </summary>
public sealed class PetitionsDemo(AppDbContext db, PetitionClock legalClock, WorkingCalendar calendar, IdentityProtector protector, TimeProvider clock) : IDemoData
{
    /// <summary>The demo tree's reform: the old communes end on this day, their records pass to today's communes.</summary>
    private static readonly DateOnly Reform = new(2025, 7, 1);

    private static readonly DateOnly Start = new(2021, 1, 4);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Đinh", "Đoàn", "Mai", "Lương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Đình", "Quang", "Kim", "Thu"];
    private static readonly string[] GivenNames = ["An", "Cường", "Đạt", "Hiếu", "Hòa", "Huy", "Khoa", "Lợi", "Nghĩa", "Quân", "Tài", "Thắng", "Bích", "Dung", "Hạnh", "Hằng", "Liên", "Loan", "Nga", "Vân"];

    private static readonly Dictionary<PetitionKind, string[]> Subjects = new()
    {
        [PetitionKind.Complaint] =
        [
            "Khiếu nại quyết định thu hồi đất thực hiện dự án", "Khiếu nại mức bồi thường, hỗ trợ tái định cư",
            "Khiếu nại việc không được xét hộ cận nghèo", "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
        ],
        [PetitionKind.Denunciation] =
        [
            "Tố cáo cán bộ thôn thu tiền đóng góp sai quy định", "Tố cáo hành vi lấn chiếm đất công",
            "Tố cáo việc khai thác cát trái phép trên sông",
        ],
        [PetitionKind.Recommendation] =
        [
            "Kiến nghị sửa chữa tuyến đường liên thôn bị xuống cấp", "Kiến nghị bổ sung hộ vào danh sách hỗ trợ nhà ở",
            "Kiến nghị đầu tư hệ thống nước sạch", "Kiến nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất",
        ],
        [PetitionKind.Reflection] =
        [
            "Phản ánh tình trạng thiếu nước sinh hoạt mùa khô", "Phản ánh đèn chiếu sáng công cộng bị hỏng",
            "Phản ánh ô nhiễm môi trường từ cơ sở chăn nuôi", "Phản ánh rác thải tồn đọng ven đường",
        ],
    };

    private static readonly string[] Details =
    [
        "Người dân đã nhiều lần báo với thôn nhưng chưa được giải quyết.",
        "Đề nghị UBND xã kiểm tra, xem xét và trả lời cho người dân.",
        "Việc này ảnh hưởng đến sinh hoạt của nhiều hộ gia đình trong thôn.",
        "Kèm theo đơn là ảnh chụp hiện trạng và danh sách các hộ liên quan.",
    ];

    public int Order => 21;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20250702);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        // The communes the reform merged, each with the commune of today that holds its records since.
        var merged = (await db.LineageLinks.AsNoTracking()
                .Where(l => l.Kind == LineageLinkKind.Succession && l.Event!.Kind == LineageEventKind.Merge && l.Event.EffectiveDate == Reform)
                .Select(l => new { Old = l.FromUnit!, Today = l.ToUnit! })
                .ToListAsync(ct))
            .OrderBy(m => m.Old.Code, StringComparer.Ordinal).ToList();
        var villages = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity)
            .Select(u => new { u.ParentId, u.Name }).ToListAsync(ct))
            .ToLookup(v => v.ParentId, v => v.Name);
        string Village(Unit commune)
        {
            var list = villages[commune.Id].ToList();
            return list.Count == 0 ? commune.Name : list[random.Next(list.Count)];
        }
        string Person() => $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";

        // About one letter every other day, at a commune of the time, of every kind; the older ones settled.
        var letters = 0;
        for (var day = Start; day < today; day = day.AddDays(random.Next(1, 3)))
        {
            var commune = merged[random.Next(merged.Count)];
            var unit = day >= Reform ? commune.Today : commune.Old;
            var kind = random.Next(100) switch { < 15 => PetitionKind.Complaint, < 20 => PetitionKind.Denunciation, < 65 => PetitionKind.Recommendation, _ => PetitionKind.Reflection };
            await LetterAsync(random, unit, kind, day, Village(unit), Person(), today, now, ct);
            if (++letters % 200 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task LetterAsync(Random random, Unit unit, PetitionKind kind, DateOnly received, string village, string person, DateOnly today, DateTime now,
        CancellationToken ct)
    {
        var subject = Subjects[kind][random.Next(Subjects[kind].Length)];
        var anonymous = kind == PetitionKind.Denunciation && random.Next(4) == 0;
        var petitionCase = new PetitionCase { UnitId = unit.Id, Title = subject, CreatedAt = now };
        var p = new Petition
        {
            UnitId = unit.Id,
            CaseId = petitionCase.Id,
            TrackingCode = PetitionAccess.NewTrackingCode(received),
            Kind = kind,
            Channel = (PetitionChannel)random.Next(0, 5),
            Status = PetitionStatus.Received,
            ReceivedOn = received,
            Subject = subject,
            Content = $"{subject} tại {village}. {Details[random.Next(Details.Length)]}",
            IsAnonymous = anonymous,
            CreatedAt = now,
        };
        var phone = $"09{random.Next(10_000_000, 99_999_999)}";
        if (kind == PetitionKind.Denunciation)
        {
            p.ProtectedIdentity = anonymous ? null : protector.Protect(new DenouncerIdentity(person, village, phone, null));
        }
        else
        {
            (p.PetitionerName, p.PetitionerAddress, p.PetitionerPhone) = (person, village, phone);
        }
        db.Add(petitionCase);
        db.Add(p);
        Event(p, now, PetitionEventKind.Registered, received);
        await RegisterPetition.StartReceiptClocksAsync(legalClock, p, unit.IsRemoteArea, ct);

        // Officers act on working days (the working calendar); the limits themselves run on the legal clock above.
        var age = today.DayNumber - received.DayNumber;
        var handledOn = await calendar.AddWorkingDaysAsync(received, random.Next(2, age < 20 ? 21 : 10), ct);
        if (handledOn > today)
        {
            return; // still waiting to be sorted
        }
        p.IsEligible = random.Next(12) > 0;
        p.IsInCompetence = random.Next(8) > 0;
        p.IneligibleReason = p.IsEligible == false ? "Đơn không ghi rõ nội dung, không có chữ ký" : null;
        Stop(p, handledOn);
        if (p.IsEligible == false || anonymous)
        {
            p.Status = PetitionStatus.Filed;
            Event(p, now, PetitionEventKind.Filed, handledOn, anonymous ? "Tố cáo nặc danh, không có thông tin cụ thể" : p.IneligibleReason);
            return;
        }
        if (p.IsInCompetence == false)
        {
            p.Status = random.Next(2) == 0 ? PetitionStatus.Transferred : PetitionStatus.Guided;
            p.ExternalBody = p.Status == PetitionStatus.Transferred ? "Chi nhánh Văn phòng Đăng ký đất đai" : null;
            Event(p, now, p.Status == PetitionStatus.Transferred ? PetitionEventKind.TransferredOut : PetitionEventKind.Guided, handledOn, p.ExternalBody ?? "Hướng dẫn gửi Tòa án nhân dân khu vực");
            return;
        }
        p.Status = PetitionStatus.Accepted;
        p.IsComplex = kind == PetitionKind.Complaint && random.Next(5) == 0;
        Event(p, now, PetitionEventKind.Accepted, handledOn);
        if (kind == PetitionKind.Complaint)
        {
            await legalClock.StartAsync(p, DeadlineRuleId.ResolveComplaint, handledOn, unit.IsRemoteArea, ct);
        }
        else if (kind == PetitionKind.Denunciation)
        {
            await legalClock.StartAsync(p, DeadlineRuleId.SettleDenunciation, handledOn, unit.IsRemoteArea, ct);
        }
        // Most are settled in time; about one in eight runs late.
        var settleAfter = random.Next(8) == 0 ? random.Next(25, 57) : random.Next(4, 20);
        var settledOn = await calendar.AddWorkingDaysAsync(handledOn, settleAfter, ct);
        if (settledOn >= today)
        {
            return; // in progress
        }
        Stop(p, settledOn);
        if (kind is PetitionKind.Complaint or PetitionKind.Denunciation)
        {
            p.DecisionNumber = $"{random.Next(10, 400)}/QĐ-UBND";
            p.DecisionDate = settledOn;
            p.DecisionSummary = kind == PetitionKind.Complaint ? "Không chấp nhận nội dung khiếu nại; giữ nguyên quyết định." : "Kết luận nội dung tố cáo đúng một phần; kiểm điểm người vi phạm.";
            p.Status = PetitionStatus.Resolved;
            Event(p, now, PetitionEventKind.Resolved, settledOn, p.DecisionNumber);
        }
        var answeredOn = await calendar.AddWorkingDaysAsync(settledOn, random.Next(1, 4), ct);
        if (answeredOn >= today)
        {
            return;
        }
        p.AnsweredOn = answeredOn;
        p.AnswerSummary = "Đã có văn bản trả lời gửi người dân; niêm yết tại trụ sở UBND xã.";
        p.Status = PetitionStatus.Closed;
        Event(p, now, PetitionEventKind.Answered, answeredOn, p.AnswerSummary);
        if (random.Next(3) > 0)
        {
            p.Satisfied = random.Next(5) > 0;
            Event(p, now, PetitionEventKind.SatisfactionGiven, answeredOn.AddDays(random.Next(1, 10)), p.Satisfied == true ? "Satisfied" : "Unsatisfied");
        }
    }

    private static void Stop(Petition p, DateOnly on)
    {
        foreach (var d in p.Deadlines.Where(d => d.State == DeadlineState.Running))
        {
            PetitionClock.Stop(d, on, met: true);
        }
    }

    private static void Event(Petition p, DateTime now, PetitionEventKind kind, DateOnly on, string? note = null) =>
        p.Events.Add(new PetitionEvent { PetitionId = p.Id, At = now, On = on, Kind = kind, UnitId = p.UnitId, Note = note });
}
