namespace Grassroots.Web.Modules.Assessment.Demo;

/// <summary>
/// The assessment records of the two demo districts (Bình Sơn, Đam Rông): each year from 2021 to 2024 the district's classification
/// of its communes, decided in January and published; in 2024 the "chính quyền thân thiện" standard with each province's 60 %
/// target; and this year's classification of the communes of today by the province of Bình Sơn, open for self-assessment.
/// The classification counts the reports print are counted from these. Deterministic.
/// </summary>
public sealed class AssessmentDemo(AppDbContext db, LegalClock legal, TimeProvider clock) : IDemoData
{
    private static readonly string[] Districts = ["522", "675"];

    private static readonly (string Number, string Title, decimal Max, bool Evidence)[] Criteria =
    [
        ("1", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội", 0, false),
        ("1.1", "Hoàn thành các chỉ tiêu kinh tế - xã hội được giao", 25, true),
        ("1.2", "Thu ngân sách, giải ngân vốn đầu tư công", 15, false),
        ("2", "Cải cách hành chính, thực hiện dân chủ ở cơ sở", 0, false),
        ("2.1", "Công khai, minh bạch theo Luật Thực hiện dân chủ ở cơ sở", 15, true),
        ("2.2", "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị", 15, false),
        ("2.3", "Giải quyết thủ tục hành chính đúng hạn", 10, false),
        ("3", "Quốc phòng, an ninh, trật tự an toàn xã hội", 20, false),
    ];

    public int Order => 87;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20241231);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.VietnamToday();
        var districts = await db.Units.AsNoTracking().Where(u => Districts.Contains(u.Code)).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        foreach (var district in districts)
        {
            for (var year = 2021; year <= 2024; year++)
            {
                var communes = units.Where(u => u.ParentId == district.Id && u.Kind.IsCommuneLevel() && u.IsActiveOn(new DateOnly(year, 12, 31))).ToList();
                var decided = new DateOnly(year + 1, 1, 15);
                Decided(district, year, SetPurpose.Classification, $"Bộ tiêu chí đánh giá, xếp loại các xã, thị trấn năm {year}", null, communes, decided, random, now);
                if (year == 2024)
                {
                    Decided(district, year, SetPurpose.Standard, "Bộ tiêu chí đánh giá xã đạt chuẩn \"Chính quyền thân thiện\" năm 2024", "Chính quyền thân thiện",
                        communes, decided.AddDays(10), random, now);
                    var province = units.Single(u => u.Id == district.ParentId);
                    if (!db.ChangeTracker.Entries<StandardTarget>().Any(e => e.Entity.UnitId == province.Id))
                    {
                        db.Add(new StandardTarget
                        {
                            UnitId = province.Id, StandardName = "Chính quyền thân thiện", Year = 2024, Share = 60,
                            IssuingDocument = "Kế hoạch thực hiện xây dựng chính quyền thân thiện năm 2024", CreatedAt = now,
                        });
                    }
                }
            }
        }
        // This year's classification of the communes of today, issued by the province of Bình Sơn and open for self-assessment.
        if (districts.FirstOrDefault(d => d.Code == "522") is { } binhSon && units.FirstOrDefault(u => u.Id == binhSon.ParentId) is { } quangNgai)
        {
            var communes = units.Where(u => u.ParentId == quangNgai.Id && u.Kind.IsCommuneLevel() && u.IsActiveOn(today)).ToList();
            var set = NewSet(quangNgai, today.Year, SetPurpose.Classification, $"Bộ tiêu chí đánh giá, xếp loại các xã, phường năm {today.Year}", null, now);
            var published = today.AddDays(-10);
            var due = await legal.StartAsync(AssessmentRules.SelfAssessmentRule(set.SelfAssessmentDays, set.IssuingDocument), published, ct: ct);
            set.Status = SetStatus.Published;
            set.PublishedOn = published;
            set.DueOn = due.DueOn;
            set.DueExplanation = due.Explanation;
            db.Add(set);
            foreach (var c in communes)
            {
                db.Add(new UnitAssessment
                {
                    SetId = set.Id, UnitId = c.Id, Status = AssessmentStatus.Open, DueOn = due.DueOn, CreatedAt = now,
                    Scores = set.Criteria.Where(x => !x.IsGroup).Select(x => new AssessmentScore { CriterionId = x.Id }).ToList(),
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static CriteriaSet NewSet(Unit issuer, int year, SetPurpose purpose, string title, string? standard, DateTime now)
    {
        var set = new CriteriaSet
        {
            IssuerUnitId = issuer.Id, Year = year, Title = title, Purpose = purpose, Assessed = AssessedUnits.Communes, StandardName = standard,
            IssuingDocument = $"Quyết định ban hành Bộ tiêu chí năm {year} của UBND {Unit.PlaceName(issuer.Name)}", ExcellentFrom = 90, GoodFrom = 75,
            CompletedFrom = 50, PassFrom = purpose == SetPurpose.Standard ? 80 : null, SelfAssessmentDays = 15, AppealDays = 10, MaxPoints = 100,
            CreatedAt = now, CreatedBy = "demo",
        };
        var byNumber = new Dictionary<string, Criterion>();
        var position = 0;
        foreach (var (number, title2, max, evidence) in Criteria)
        {
            var group = max == 0;
            var c = new Criterion
            {
                Number = number, Title = title2, Position = position++, IsGroup = group, MaxPoints = max, Scoring = Scoring.Scale, EvidenceRequired = evidence,
                ParentId = number.Contains('.') ? byNumber[number[..number.IndexOf('.')]].Id : null,
            };
            byNumber[number] = c;
            set.Criteria.Add(c);
        }
        foreach (var g in set.Criteria.Where(c => c.IsGroup))
        {
            g.MaxPoints = set.Criteria.Where(c => c.ParentId == g.Id).Sum(c => c.MaxPoints);
        }
        return set;
    }

    private void Decided(Unit district, int year, SetPurpose purpose, string title, string? standard, List<Unit> communes, DateOnly decided, Random random, DateTime now)
    {
        if (communes.Count == 0)
        {
            return;
        }
        var set = NewSet(district, year, purpose, title, standard, now);
        set.Status = SetStatus.Published;
        set.PublishedOn = new DateOnly(year, 12, 1);
        set.DueOn = new DateOnly(year, 12, 22);
        set.DueExplanation = $"15 ngày làm việc kể từ ngày ban hành bộ tiêu chí 1/12/{year} theo {set.IssuingDocument}";
        set.ResultsPublishedOn = decided;
        db.Add(set);
        var assessments = new List<UnitAssessment>();
        foreach (var c in communes)
        {
            var a = new UnitAssessment
            {
                SetId = set.Id, UnitId = c.Id, Status = AssessmentStatus.Decided, DueOn = set.DueOn.Value, SubmittedOn = new DateOnly(year, 12, 15 + random.Next(0, 6)),
                AppraisedOn = decided.AddDays(-5), AppraisedBy = "demo", DecisionNumber = $"{random.Next(10, 99)}/QĐ-UBND", DecidedOn = decided,
                Council = "Hội đồng Thi đua - Khen thưởng", AppealDueOn = decided.AddDays(14), CreatedAt = now,
            };
            // Most communes do well; a few fall short.
            var strength = 0.55 + random.NextDouble() * 0.45;
            foreach (var criterion in set.Criteria.Where(x => !x.IsGroup))
            {
                var self = AssessmentRules.ToStep((decimal)Math.Min(1, strength + random.NextDouble() * 0.1) * criterion.MaxPoints);
                var changed = random.NextDouble() < 0.1;
                var appraised = changed ? Math.Max(0, self - 2) : self;
                a.Scores.Add(new AssessmentScore
                {
                    CriterionId = criterion.Id, SelfPoints = self, AppraisedPoints = appraised,
                    AppraisalReason = changed ? "Tài liệu kiểm chứng chưa đầy đủ" : null,
                });
            }
            a.SelfTotal = a.Scores.Sum(s => s.SelfPoints);
            a.AppraisedTotal = a.FinalTotal = a.Scores.Sum(s => s.AppraisedPoints);
            if (purpose == SetPurpose.Standard)
            {
                a.Passed = a.FinalTotal >= set.PassFrom;
            }
            else
            {
                a.Result = set.ClassOf(a.FinalTotal!.Value);
            }
            assessments.Add(a);
        }
        var ordered = assessments.OrderByDescending(a => a.FinalTotal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Rank = i > 0 && ordered[i - 1].FinalTotal == ordered[i].FinalTotal ? ordered[i - 1].Rank : i + 1;
        }
        db.AddRange(assessments);
    }
}
