using System.Globalization;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Registers.Workplaces;

public sealed record ConferenceDto(Guid Id, int Year, DateOnly HeldOn, ConferenceForm Form, int Attendees, string ChairedBy, string Minutes, bool FormFlagged);

public sealed record DialogueDto(DateOnly HeldOn, DialogueTrigger Trigger, string Topic, int Participants);

public sealed record WorkplaceDto(Guid Id, string UnitCode, string UnitName, string Name, WorkplaceKind Kind, int Staff, DateOnly Since, string? RegulationNumber,
    DateOnly? RegulationIssuedOn, int? LastConferenceYear, DateOnly? LastDialogueOn, int Version);

public sealed record WorkplaceDetail(WorkplaceDto Workplace, IReadOnlyList<ConferenceDto> Conferences, IReadOnlyList<DialogueDto> Dialogues, LegalDeadline? NextConferenceDue);

/// <summary>One kind's rate: how many are followed, how many held their conference in the period.</summary>
public sealed record RateRow(WorkplaceKind Kind, int Count, int Held, decimal? Rate);

/// <summary>The rates of a unit's subtree for a period, and how many enterprises no rate counts because their ownership is unknown.</summary>
public sealed record WorkplaceRates(string UnitCode, string UnitName, DateOnly From, DateOnly To, IReadOnlyList<RateRow> Rows, int UnknownOwnership);

/// <summary>Every list and view of the democracy-at-work register, for the API and the pages alike.</summary>
public sealed class WorkplaceReader(AppDbContext db, UnitScope scope, WorkplaceFigures figures, LegalClock legalClock, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<RegisterPage<WorkplaceDto>> ListAsync(RegisterFilter filter, WorkplaceKind? kind, CancellationToken ct)
    {
        filter.Validate();
        var query = await scope.ListAsync(db.Set<Workplace>().AsNoTracking(), w => w.Unit!.Path, filter.Unit, Permission.View, ct);
        if (kind is { } k)
        {
            query = query.Where(w => w.Kind == k);
        }
        if (filter.To is { } to)
        {
            query = query.Where(w => w.Since <= to);
        }
        return await RegisterPage<WorkplaceDto>.ReadAsync(Project(query.OrderBy(w => w.Kind).ThenBy(w => w.Name)), filter.Page, rows => Task.FromResult(rows), ct);
    }

    public async Task<WorkplaceDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var w = await Project(db.Set<Workplace>().AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Registers.WorkplaceNotFound");
        await scope.RequireAsync(w.UnitCode, Permission.View, ct);
        var conferences = await db.Set<WorkplaceConference>().AsNoTracking().Where(c => c.WorkplaceId == id).OrderByDescending(c => c.Year).ToListAsync(ct);
        var dialogues = await db.Set<WorkplaceDialogue>().AsNoTracking().Where(d => d.WorkplaceId == id).OrderByDescending(d => d.HeldOn)
            .Select(d => new DialogueDto(d.HeldOn, d.Trigger, d.Topic, d.Participants)).ToListAsync(ct);
        LegalDeadline? due = null;
        if (w.Kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit)
        {
            var year = clock.VietnamToday().Year - 1;
            if (conferences.All(c => c.Year != year) && w.Since.Year <= year)
            {
                due = await ConferenceDueAsync(year, ct);
            }
        }
        return new WorkplaceDetail(w, conferences.Select(c => new ConferenceDto(c.Id, c.Year, c.HeldOn, c.Form, c.Attendees, c.ChairedBy, c.Minutes,
            RegisterRules.DelegatesNeedReason(w.Staff, c.Form))).ToList(), dialogues, due);
    }

    /// <summary>When the conference on a work year is due: the legal clock from the year's last day (L10 Điều 51 khoản 1).</summary>
    public Task<LegalDeadline> ConferenceDueAsync(int year, CancellationToken ct) =>
        legalClock.StartAsync(RegisterRules.ConferenceDue, new DateOnly(year, 12, 31), ct: ct);

    public async Task<WorkplaceRates> RatesAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var counts = (await figures.CountsAsync([u], f, t, ct))[u.Id];
        var rows = Enum.GetValues<WorkplaceKind>().Where(RegisterRules.CountsInRate)
            .Select(k => new RateRow(k, counts.Followed.GetValueOrDefault(k), counts.Held.GetValueOrDefault(k),
                RegisterRules.Percent(counts.Held.GetValueOrDefault(k), counts.Followed.GetValueOrDefault(k)))).ToList();
        return new WorkplaceRates(u.Code, u.Name, f, t, rows, counts.Followed.GetValueOrDefault(WorkplaceKind.UnknownOwnership));
    }

    public async Task<FileContent> RegisterAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var list = await (await scope.ListAsync(db.Set<Workplace>().AsNoTracking(), w => w.Unit!.Path, u.Code, Permission.View, ct))
            .Where(w => w.Since <= t).OrderBy(w => w.Kind).ThenBy(w => w.Name)
            .Select(w => new
            {
                w.Name, UnitName = w.Unit!.Name, w.Kind, w.Staff, w.RegulationNumber, w.RegulationIssuedOn,
                Conference = w.Conferences.Where(c => c.HeldOn >= f && c.HeldOn <= t).OrderBy(c => c.HeldOn).Select(c => (DateOnly?)c.HeldOn).FirstOrDefault(),
                Dialogues = w.Dialogues.Count(d => d.HeldOn >= f && d.HeldOn <= t),
            }).ToListAsync(ct);
        var n = 0;
        return Spreadsheet.Register(new RegisterHeading("dan-chu-noi-lam-viec", u.Name, u.Code, f, t, L("Registers.Workplaces.Sheet"), L("Registers.Workplaces.RegisterTitle"),
                localizer["Registers.PeriodLine", Text.Date(f), Text.Date(t)].Value, L("Registers.Empty")),
            [new(L("Registers.Col.No"), 6), new(L("Registers.Col.Name"), 36), new(L("Registers.Col.Unit"), 24), new(L("Registers.Col.WorkplaceKind"), 24),
             new(L("Registers.Col.Staff"), 10), new(L("Registers.Col.Regulation"), 24), new(L("Registers.Col.ConferenceOn"), 14), new(L("Registers.Col.Dialogues"), 10)],
            list.Select(w => new object?[]
            {
                ++n, w.Name, w.UnitName, L($"WorkplaceKind.{w.Kind}"), w.Staff,
                w.RegulationNumber is null ? "" : $"{w.RegulationNumber} ({Text.Date(w.RegulationIssuedOn)})", w.Conference, w.Dialogues,
            }).ToList());
    }

    /// <summary>The minutes of a conference (biên bản hội nghị) in the national document format.</summary>
    public async Task<FileContent> MinutesAsync(Guid id, Guid conferenceId, CancellationToken ct)
    {
        var detail = await GetAsync(id, ct);
        var c = detail.Conferences.FirstOrDefault(x => x.Id == conferenceId) ?? throw DomainException.NotFound("Registers.ConferenceNotFound");
        var w = detail.Workplace;
        var vi = CultureInfo.GetCultureInfo("vi");
        var title = w.Kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit
            ? $"Hội nghị cán bộ, công chức, viên chức, người lao động năm {c.Year}"
            : $"Hội nghị người lao động năm {c.Year}";
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [w.Name.ToUpper(vi)], "      /BB", Unit.PlaceName(w.UnitName), c.HeldOn,
            "BIÊN BẢN", title));
        doc.Paragraph($"Thời gian: ngày {Text.Date(c.HeldOn)}. Hình thức: {L($"ConferenceForm.{c.Form}").ToLower(vi)}. Số người dự: {c.Attendees}/{w.Staff}.");
        doc.Paragraph($"Chủ trì: {c.ChairedBy}.");
        doc.Section(1, "Diễn biến và kết quả hội nghị");
        foreach (var line in c.Minutes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            doc.Paragraph(line);
        }
        doc.Paragraph("Căn cứ Điều 51 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (cơ quan, đơn vị) hoặc Bộ luật Lao động 2019 và Nghị định 145/2020/NĐ-CP (doanh nghiệp).");
        doc.SignedBy(new Signature(["CHỦ TRÌ HỘI NGHỊ"], "", c.ChairedBy));
        return new FileContent($"bien-ban-hoi-nghi-{c.Year}-{c.HeldOn:yyyyMMdd}.docx", FileKind.Docx.ContentType, doc.ToBytes());
    }

    private static IQueryable<WorkplaceDto> Project(IQueryable<Workplace> query) => query.Select(w => new WorkplaceDto(w.Id, w.Unit!.Code, w.Unit.Name, w.Name, w.Kind,
        w.Staff, w.Since, w.RegulationNumber, w.RegulationIssuedOn, w.Conferences.Max(c => (int?)c.Year), w.Dialogues.Max(d => (DateOnly?)d.HeldOn), w.Version));

    private string L(string key) => localizer[key].Value;
}
