using Grassroots.Web.Platform.Documents;
using Grassroots.Web.Modules.Surveys.Responses;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Surveys;

public sealed record FactorIndex(SurveyFactor Factor, IndexValue Value, long PetitionSatisfied, long PetitionAnswers);

/// <summary>
/// The index of a campaign or of a unit and period: each element's share of satisfied answers with its Wilson interval,
/// the overall mean with its interval, the responses counted; the feedback element includes the letters' verdicts.
/// </summary>
public sealed record SurveyIndex(IReadOnlyList<FactorIndex> Factors, IndexValue Overall, long Responses, long PetitionSatisfied, long PetitionAnswers);

public sealed record CampaignLine(Guid Id, string UnitCode, string UnitName, string Title, DateOnly From, DateOnly To, CampaignStatus Status, int Responses,
    int TargetSample, DateOnly? ClosedOn);

public sealed record QuestionView(int Number, string Section, string Text, QuestionKind Kind, int ScaleMax, IReadOnlyList<string> Choices, bool Required,
    SurveyFactor? Factor, SurveyAspect? Aspect);

public sealed record CampaignView(Guid Id, string UnitCode, string UnitName, string Title, DateOnly From, DateOnly To, int TargetSample, bool OnePerDevice,
    CampaignStatus Status, DateOnly? ClosedOn, string PublicCode, int Responses, Guid QuestionnaireId, string QuestionnaireTitle, int QuestionnaireNumber,
    int Version, SurveyIndex Index, IReadOnlyDictionary<ResponseChannel, int> ByChannel, IReadOnlyList<QuestionView> Questions);

public sealed record QuestionnaireLine(Guid Id, string Code, int Number, string Title, QuestionnaireStatus Status, DateOnly? PublishedOn, string? UnitName, int Questions);

public sealed record QuestionnaireView(Guid Id, string Code, int Number, string Title, string? Introduction, QuestionnaireStatus Status, DateOnly? PublishedOn,
    string? UnitCode, string? UnitName, int Version, IReadOnlyList<QuestionView> Questions);

/// <summary>A closed campaign as the portal shows it.</summary>
public sealed record PortalSurvey(string PublicCode, string Title, DateOnly From, DateOnly To, long Responses, IndexValue Overall);

/// <summary>The public results of a closed campaign.</summary>
public sealed record PublicSurveyResults(string PublicCode, string UnitCode, string UnitName, string Title, DateOnly From, DateOnly To, DateOnly? ClosedOn,
    int TargetSample, SurveyIndex Index);

/// <summary>Every list and view of the module, for the API and the pages alike (queries only).</summary>
public sealed class SurveyReader(AppDbContext db, UnitScope scope, UnitLineage lineage, IPetitionVerdicts verdicts, SurveyCampaigns live,
    IStringLocalizer<SharedResource> t)
{
    public async Task<IReadOnlyList<CampaignLine>> CampaignsAsync(string? unitCode, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var q = await scope.ListAsync(db.Set<SurveyCampaign>().AsNoTracking(), c => c.Unit!.Path, unitCode, Permission.View, ct);
        if (from is { } f)
        {
            q = q.Where(c => c.To >= f);
        }
        if (to is { } e)
        {
            q = q.Where(c => c.From <= e);
        }
        return await q.OrderByDescending(c => c.From).ThenBy(c => c.Title).Take(500)
            .Select(c => new CampaignLine(c.Id, c.Unit!.Code, c.Unit.Name, c.Title, c.From, c.To, c.Status, c.Responses, c.TargetSample, c.ClosedOn))
            .ToListAsync(ct);
    }

    public async Task<CampaignView> CampaignAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.Set<SurveyCampaign>().AsNoTracking().Include(x => x.Unit).Include(x => x.Questionnaire!).ThenInclude(q => q.Questions)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Surveys.CampaignNotFound");
        await scope.RequireAsync(c.Unit!, Permission.View, ct);
        var byChannel = await db.Set<SurveyResponse>().Where(r => r.CampaignId == id).GroupBy(r => r.Channel)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new CampaignView(c.Id, c.Unit!.Code, c.Unit.Name, c.Title, c.From, c.To, c.TargetSample, c.OnePerDevice, c.Status, c.ClosedOn, c.PublicCode,
            c.Responses, c.QuestionnaireId, c.Questionnaire!.Title, c.Questionnaire.Number, c.Version, await IndexAsync(c, ct), byChannel,
            [.. c.Questionnaire.Questions.OrderBy(q => q.Number).Select(View)]);
    }

    /// <summary>A campaign's index: its responses, and the letters' verdicts of its unit (subtree and lineage) over its period.</summary>
    public async Task<SurveyIndex> IndexAsync(SurveyCampaign c, CancellationToken ct)
    {
        var counts = await SumsAsync(db.Set<SurveyResponse>().Where(r => r.CampaignId == c.Id), ct);
        var unit = c.Unit ?? await db.Units.AsNoTracking().FirstAsync(u => u.Id == c.UnitId, ct);
        var ids = (await lineage.RollUpUnitIdsAsync([unit], ct))[unit.Id];
        var v = await verdicts.CountAsync(ids, c.From, c.To, ct);
        return Index(counts.Counts, counts.Responses, v.Sum(x => (long)x.Satisfied), v.Sum(x => (long)x.Satisfied + x.Unsatisfied));
    }

    /// <summary>A unit's index over a period: every campaign of its subtree and the units merged into it, answers of the period, summed.</summary>
    public async Task<(string UnitCode, string UnitName, DateOnly From, DateOnly To, SurveyIndex Index)> UnitIndexAsync(string? unitCode, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var (unit, start, end) = await StatisticsQuery.RequireAsync(scope, unitCode, from, to, ct);
        var ids = (await lineage.RollUpUnitIdsAsync([unit], ct))[unit.Id];
        var (counts, responses) = await CountsAsync(db, ids, start, end, ct);
        var v = await verdicts.CountAsync(ids, start, end, ct);
        return (unit.Code, unit.Name, start, end, Index(counts, responses, v.Sum(x => (long)x.Satisfied), v.Sum(x => (long)x.Satisfied + x.Unsatisfied)));
    }

    /// <summary>The satisfied and answered counts of the responses of these units' campaigns submitted in the period.</summary>
    public static async Task<(FactorCounts Counts, long Responses)> CountsAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var campaigns = db.Set<SurveyCampaign>().Where(c => unitIds.Contains(c.UnitId)).Select(c => c.Id);
        var (counts, responses) = await SumsAsync(db.Set<SurveyResponse>().Where(r => campaigns.Contains(r.CampaignId) && r.SubmittedOn >= from && r.SubmittedOn <= to), ct);
        return (counts, responses);
    }

    private static async Task<(FactorCounts Counts, long Responses)> SumsAsync(IQueryable<SurveyResponse> q, CancellationToken ct)
    {
        var s = await q.GroupBy(r => 1).Select(g => new
        {
            R = g.LongCount(), S1 = g.Sum(r => (long)r.S1), N1 = g.Sum(r => (long)r.N1), S2 = g.Sum(r => (long)r.S2), N2 = g.Sum(r => (long)r.N2),
            S3 = g.Sum(r => (long)r.S3), N3 = g.Sum(r => (long)r.N3), S4 = g.Sum(r => (long)r.S4), N4 = g.Sum(r => (long)r.N4),
            S5 = g.Sum(r => (long)r.S5), N5 = g.Sum(r => (long)r.N5),
        }).FirstOrDefaultAsync(ct);
        return s is null ? (FactorCounts.Zero, 0) : (new FactorCounts([s.S1, s.S2, s.S3, s.S4, s.S5], [s.N1, s.N2, s.N3, s.N4, s.N5]), s.R);
    }

    public static SurveyIndex Index(FactorCounts survey, long responses, long petitionSatisfied, long petitionAnswers)
    {
        var all = survey.PlusFeedback(petitionSatisfied, petitionAnswers);
        var factors = SurveyRules.Factors.Select((f, i) => new FactorIndex(f, SurveyRules.Element(all.Satisfied[i], all.Answers[i]),
            f == SurveyFactor.Feedback ? petitionSatisfied : 0, f == SurveyFactor.Feedback ? petitionAnswers : 0)).ToList();
        return new SurveyIndex(factors, SurveyRules.Overall(all), responses, petitionSatisfied, petitionAnswers);
    }

    public async Task<IReadOnlyList<QuestionnaireLine>> QuestionnairesAsync(CancellationToken ct = default)
    {
        var mine = await scope.FilterAsync(db.Set<Questionnaire>().AsNoTracking().Where(q => q.UnitId != null), q => q.Unit!.Path, Permission.View, ct);
        var shipped = db.Set<Questionnaire>().AsNoTracking().Where(q => q.UnitId == null);
        return await mine.Concat(shipped).OrderBy(q => q.UnitId == null ? 0 : 1).ThenBy(q => q.Title).ThenBy(q => q.Number).Take(500)
            .Select(q => new QuestionnaireLine(q.Id, q.Code, q.Number, q.Title, q.Status, q.PublishedOn, q.Unit == null ? null : q.Unit.Name, q.Questions.Count))
            .ToListAsync(ct);
    }

    public async Task<QuestionnaireView> QuestionnaireAsync(Guid id, CancellationToken ct = default)
    {
        var q = await db.Set<Questionnaire>().AsNoTracking().Include(x => x.Unit).Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Surveys.QuestionnaireNotFound");
        if (q.Unit is { } owner)
        {
            await scope.RequireAsync(owner, Permission.View, ct);
        }
        return new QuestionnaireView(q.Id, q.Code, q.Number, q.Title, q.Introduction, q.Status, q.PublishedOn, q.Unit?.Code, q.Unit?.Name, q.Version,
            [.. q.Questions.OrderBy(x => x.Number).Select(View)]);
    }

    /// <summary>The shipped template as it will be laid (for the page, before any campaign used it).</summary>
    public static QuestionnaireView Template() =>
        ViewOf(SurveyTemplate.Build(DateTime.UnixEpoch, DateOnly.MinValue));

    private static QuestionnaireView ViewOf(Questionnaire q) => new(q.Id, q.Code, q.Number, q.Title, q.Introduction, q.Status, q.PublishedOn, null, null, 0,
        [.. q.Questions.OrderBy(x => x.Number).Select(View)]);

    public static QuestionView View(SurveyQuestion q) => new(q.Number, q.Section, q.Text, q.Kind, q.ScaleMax, q.ChoiceList, q.Required, q.Factor, q.Aspect);

    /// <summary>The public form of a campaign (open or not: the page says when it is closed).</summary>
    public Task<LiveCampaign> PublicFormAsync(string? code, CancellationToken ct = default) => live.FindAsync(code, ct);

    /// <summary>A closed campaign's results, for anyone; an open one's are not shown until it closes.</summary>
    public async Task<PublicSurveyResults> PublicResultsAsync(string? code, CancellationToken ct = default)
    {
        var clean = (code ?? "").Trim().ToLowerInvariant();
        var c = await db.Set<SurveyCampaign>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.PublicCode == clean, ct)
            ?? throw DomainException.NotFound("Surveys.CampaignNotFound");
        if (c.Status != CampaignStatus.Closed)
        {
            throw DomainException.Conflict("Surveys.ResultsAfterClosing");
        }
        return new PublicSurveyResults(c.PublicCode, c.Unit!.Code, c.Unit.Name, c.Title, c.From, c.To, c.ClosedOn, c.TargetSample, await IndexAsync(c, ct));
    }

    /// <summary>The unit's closed campaigns, latest first, with their overall index.</summary>
    public async Task<IReadOnlyList<PortalSurvey>> PortalAsync(string unitCode, int take, CancellationToken ct = default)
    {
        var campaigns = await db.Set<SurveyCampaign>().AsNoTracking().Include(c => c.Unit)
            .Where(c => c.Unit!.Code == unitCode && c.Status == CampaignStatus.Closed).OrderByDescending(c => c.ClosedOn).Take(take).ToListAsync(ct);
        var list = new List<PortalSurvey>();
        foreach (var c in campaigns)
        {
            var index = await IndexAsync(c, ct);
            list.Add(new PortalSurvey(c.PublicCode, c.Title, c.From, c.To, index.Responses, index.Overall));
        }
        return list;
    }

    /// <summary>A campaign's index and answers as a workbook: the elements with their intervals, then one row per response (the day only).</summary>
    public async Task<FileContent> WorkbookAsync(Guid id, CancellationToken ct = default)
    {
        var c = await CampaignAsync(id, ct);
        string L(string key) => t[key].Value;
        static object? P(decimal? v) => v;
        var index = new List<IReadOnlyList<object?>>();
        foreach (var f in c.Index.Factors)
        {
            index.Add([L($"SurveyFactor.{f.Factor}"), f.Value.Satisfied, f.Value.Answers, P(f.Value.Percent), P(f.Value.Low), P(f.Value.High)]);
        }
        index.Add([L("Surveys.Overall"), c.Index.Overall.Satisfied, c.Index.Overall.Answers, P(c.Index.Overall.Percent), P(c.Index.Overall.Low), P(c.Index.Overall.High)]);
        var answers = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.CampaignId == id).OrderBy(r => r.SubmittedOn).ThenBy(r => r.Id)
            .Select(r => new { r.SubmittedOn, r.Channel, r.Answers }).ToListAsync(ct);
        var rows = answers.Select(a =>
        {
            var parsed = SurveyRules.Parse(a.Answers);
            var row = new List<object?> { a.SubmittedOn, L($"ResponseChannel.{a.Channel}") };
            row.AddRange(c.Questions.Select(q => parsed.TryGetValue(q.Number, out var v) ? (q.Kind == QuestionKind.Text ? v : (object?)int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : null));
            return (IReadOnlyList<object?>)row;
        });
        var title = new[] { c.Title, c.UnitName, t["Surveys.Xlsx.Period", Text.Date(c.From), Text.Date(c.To)].Value };
        var book = new Spreadsheet()
            .Sheet(L("Surveys.Xlsx.IndexSheet"), title,
                [new(L("Surveys.Col.Factor"), 40), new(L("Surveys.Col.Satisfied")), new(L("Surveys.Col.Answers")), new(L("Surveys.Col.Index")), new(L("Surveys.Col.Low")), new(L("Surveys.Col.High"))],
                index)
            .Sheet(L("Surveys.Xlsx.AnswersSheet"), title,
                [new(L("Surveys.Col.Day")), new(L("Surveys.Col.Channel")), .. c.Questions.Select(q => new SheetColumn(L("Surveys.Col.Question") + " " + q.Number, 10))],
                rows);
        return FileContent.Xlsx($"khao-sat-{c.UnitCode}-{c.From:yyyyMMdd}.xlsx", book.ToBytes());
    }
}
