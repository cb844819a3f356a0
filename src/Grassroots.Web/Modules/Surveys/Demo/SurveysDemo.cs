namespace Grassroots.Web.Modules.Surveys.Demo;

/// <summary>
/// The satisfaction surveys of the two demo districts (Bình Sơn, Đam Rông): for each commune in being today, a closed
/// campaign of last quarter with the SIPAS template (its index on the portal) and an open one of this month taking answers
/// (from the QR code, the portal and paper), deterministic. Answers lean to "satisfied" as the provinces' reported indexes do
/// (75–90 %).
/// </summary>
public sealed class SurveysDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    // The communes of the two districts' area since the 2025 reform: Bình Sơn's seven, Đam Rông's three (Rô Men, Phi Liêng, Đạ Tông).
    private static readonly string[] Communes = ["20611", "20614", "20617", "20620", "20623", "20626", "20629", "24971", "24974", "24977"];

    public int Order => 88;

    public async Task SeedAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var units = (await db.Units.AsNoTracking().Where(u => Communes.Contains(u.Code)).OrderBy(u => u.Code).ToListAsync(ct))
            .Where(u => u.IsActiveOn(today)).ToList();
        if (units.Count == 0)
        {
            return;
        }
        var template = await SurveyTemplate.EnsureAsync(db, clock, ct);
        var questions = template.Questions.OrderBy(q => q.Number).ToList();
        var random = new Random(20261206);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var u in units)
        {
            var lean = 0.72 + random.NextDouble() * 0.18;
            var closed = Campaign(u, template, $"Khảo sát sự hài lòng quý {(quarterStart.Month - 1) / 3 + 1}/{quarterStart.Year}", quarterStart,
                quarterStart.AddMonths(3).AddDays(-1), 60, now);
            closed.Status = CampaignStatus.Closed;
            closed.ClosedOn = quarterStart.AddMonths(3);
            var open = Campaign(u, template, $"Khảo sát sự hài lòng tháng {today.Month}/{today.Year}", new DateOnly(today.Year, today.Month, 1),
                new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1), 40, now);
            foreach (var (c, count) in new[] { (closed, 40 + random.Next(30)), (open, 5 + random.Next(15)) })
            {
                db.Add(c);
                var days = c.To.DayNumber - c.From.DayNumber + 1;
                var lastDay = c == open ? today : c.To;
                for (var i = 0; i < count; i++)
                {
                    var answers = new Dictionary<int, string?>();
                    foreach (var q in questions.Where(q => q.Kind != QuestionKind.Text))
                    {
                        answers[q.Number] = q.Kind == QuestionKind.Choice
                            ? (random.NextDouble() < 0.85 ? "1" : "2")
                            : (random.NextDouble() < lean ? 4 + random.Next(2) : 1 + random.Next(3)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                    var (stored, counts) = SurveyRules.Check(questions, answers);
                    var on = c.From.AddDays(random.Next(Math.Max(1, Math.Min(days, lastDay.DayNumber - c.From.DayNumber + 1))));
                    db.Add(new SurveyResponse
                    {
                        CampaignId = c.Id, SubmittedOn = on, Channel = (ResponseChannel)random.Next(3), Answers = stored,
                        S1 = (int)counts.Satisfied[0], N1 = (int)counts.Answers[0], S2 = (int)counts.Satisfied[1], N2 = (int)counts.Answers[1],
                        S3 = (int)counts.Satisfied[2], N3 = (int)counts.Answers[2], S4 = (int)counts.Satisfied[3], N4 = (int)counts.Answers[3],
                        S5 = (int)counts.Satisfied[4], N5 = (int)counts.Answers[4],
                    });
                    c.Responses++;
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static SurveyCampaign Campaign(Unit u, Questionnaire q, string title, DateOnly from, DateOnly to, int target, DateTime now) => new()
    {
        UnitId = u.Id, QuestionnaireId = q.Id, Title = title, From = from, To = to, TargetSample = target,
        PublicCode = Campaigns.OpenCampaign.NewCode(), Status = CampaignStatus.Open, CreatedAt = now, CreatedBy = "demo",
    };
}
