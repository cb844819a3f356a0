using System.Globalization;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Registers.Mediation;

public sealed record TeamMemberDto(string FullName, bool IsWoman, bool IsLeader);

public sealed record TeamDto(Guid Id, string UnitCode, string UnitName, string Name, DateOnly RecognisedOn, string? DecisionNumber, IReadOnlyList<TeamMemberDto> Members);

public sealed record SessionDto(DateOnly HeldOn, string Mediators, string? Note);

public sealed record CaseDto(Guid Id, string UnitCode, string UnitName, Guid TeamId, string TeamName, DateOnly ReceivedOn, string PartyA, string PartyB,
    DisputeKind Kind, CaseSource Source, string Summary, Guid? PetitionId, string? PetitionCode, CaseStatus Status, DateOnly? ClosedOn, string? Agreement,
    string? NextStep, AgreementCompliance? Compliance, DateOnly? FollowedUpOn, string? FollowUpNote, int Version)
{
    public IReadOnlyList<SessionDto> Sessions { get; init; } = [];
}

/// <summary>Every list and view of the mediation register, for the API and the pages alike, within the caller's reach.</summary>
public sealed class MediationReader(AppDbContext db, UnitScope scope, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    /// <summary>The teams at work today: those of a village or commune that ended (merged in 2025) keep their cases but take no more.</summary>
    public async Task<List<TeamDto>> TeamsAsync(string? unit, CancellationToken ct)
    {
        new RegisterFilter(unit).Validate();
        var today = clock.VietnamToday();
        var query = (await scope.ListAsync(db.Set<MediationTeam>().AsNoTracking(), t => t.Unit!.Path, unit, Permission.View, ct))
            .Where(t => t.Unit!.ValidTo == null || t.Unit.ValidTo > today);
        var rows = await query.OrderBy(t => t.Unit!.Code).ThenBy(t => t.Name).Take(2000)
            .Select(t => new { t.Id, t.Unit!.Code, UnitName = t.Unit.Name, t.Name, t.RecognisedOn, t.DecisionNumber, t.Members }).ToListAsync(ct);
        return rows.Select(t => new TeamDto(t.Id, t.Code, t.UnitName, t.Name, t.RecognisedOn, t.DecisionNumber,
            t.Members.OrderByDescending(m => m.IsLeader).ThenBy(m => m.FullName, Text.VietnameseOrder).Select(m => new TeamMemberDto(m.FullName, m.IsWoman, m.IsLeader)).ToList())).ToList();
    }

    public async Task<RegisterPage<CaseDto>> CasesAsync(RegisterFilter filter, CaseStatus? status, CancellationToken ct)
    {
        filter.Validate();
        var query = await FilteredAsync(filter, ct);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }
        return await RegisterPage<CaseDto>.ReadAsync(Project(query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)), filter.Page,
            rows => Task.FromResult(rows), ct);
    }

    public async Task<CaseDto> CaseAsync(Guid id, CancellationToken ct)
    {
        var c = await Project(db.Set<MediationCase>().AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Registers.CaseNotFound");
        await scope.RequireAsync(c.UnitCode, Permission.View, ct);
        var sessions = await db.Set<MediationSession>().AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.HeldOn)
            .Select(s => new SessionDto(s.HeldOn, s.Mediators, s.Note)).ToListAsync(ct);
        return c with { Sessions = sessions };
    }

    /// <summary>The register of a unit's cases received in a period, as an Excel workbook with its title block.</summary>
    public async Task<FileContent> RegisterAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var rows = await Project((await scope.ListAsync(db.Set<MediationCase>().AsNoTracking(), c => c.Unit!.Path, u.Code, Permission.View, ct))
            .Where(c => c.ReceivedOn >= f && c.ReceivedOn <= t).OrderBy(c => c.ReceivedOn)).ToListAsync(ct);
        var n = 0;
        return Spreadsheet.Register(new RegisterHeading("so-hoa-giai", u.Name, u.Code, f, t, L("Registers.Mediation.Sheet"), L("Registers.Mediation.RegisterTitle"),
                localizer["Registers.PeriodLine", Text.Date(f), Text.Date(t)].Value, L("Registers.Empty")),
            [new(L("Registers.Col.No"), 6), new(L("Registers.Col.ReceivedOn"), 12), new(L("Registers.Col.Team"), 28), new(L("Registers.Col.Parties"), 36),
             new(L("Registers.Col.Kind"), 22), new(L("Registers.Col.Source"), 20), new(L("Registers.Col.Summary"), 50), new(L("Registers.Col.Status"), 18),
             new(L("Registers.Col.ClosedOn"), 12), new(L("Registers.Col.Result"), 50)],
            rows.Select(c => new object?[]
            {
                ++n, c.ReceivedOn, c.TeamName, $"{c.PartyA} – {c.PartyB}", L($"DisputeKind.{c.Kind}"), L($"CaseSource.{c.Source}") + (c.PetitionCode is null ? "" : $" ({c.PetitionCode})"),
                c.Summary, L($"CaseStatus.{c.Status}"), c.ClosedOn, c.Agreement ?? c.NextStep,
            }).ToList());
    }

    /// <summary>
    /// The written agreement of a successful case (văn bản hòa giải thành, LHGCS Điều 24), in the national document format:
    /// the team, the parties, what they agreed, their signatures and the mediators'.
    /// </summary>
    public async Task<FileContent> AgreementAsync(Guid id, CancellationToken ct)
    {
        var c = await CaseAsync(id, ct);
        if (c.Status != CaseStatus.Successful || c.Agreement is null || c.ClosedOn is not { } on)
        {
            throw DomainException.Conflict("Registers.NoAgreement");
        }
        var vi = CultureInfo.GetCultureInfo("vi");
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [c.UnitName.ToUpper(vi), c.TeamName.ToUpper(vi)], "", Unit.PlaceName(c.UnitName), on,
            "VĂN BẢN", "Hòa giải thành"));
        doc.Paragraph($"Căn cứ Luật Hòa giải ở cơ sở năm 2013; vụ việc tiếp nhận ngày {Text.Date(c.ReceivedOn)}"
            + (c.PetitionCode is null ? "." : $", theo đơn số {c.PetitionCode} chuyển đến."));
        doc.Paragraph($"Hôm nay, ngày {Text.Date(on)}, {c.TeamName} tiến hành hòa giải vụ việc: {c.Summary}");
        doc.Section(1, "Các bên tham gia hòa giải");
        doc.Paragraph($"Bên thứ nhất: {c.PartyA}.");
        doc.Paragraph($"Bên thứ hai: {c.PartyB}.");
        doc.Section(1, "Hòa giải viên");
        doc.Paragraph(string.Join("; ", c.Sessions.Select(s => $"{s.Mediators} (ngày {Text.Date(s.HeldOn)})")) + ".");
        doc.Section(1, "Nội dung thỏa thuận");
        foreach (var line in c.Agreement.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            doc.Paragraph(line);
        }
        doc.Paragraph("Các bên có trách nhiệm thực hiện thỏa thuận hòa giải thành (Điều 25 Luật Hòa giải ở cơ sở). Văn bản được lập thành 03 bản, mỗi bên giữ 01 bản, tổ hòa giải lưu 01 bản.");
        doc.Table(["BÊN THỨ NHẤT", "BÊN THỨ HAI", "HÒA GIẢI VIÊN"], [[c.PartyA, c.PartyB, c.Sessions.LastOrDefault()?.Mediators ?? ""]]);
        return new FileContent($"van-ban-hoa-giai-thanh-{on:yyyyMMdd}-{c.Id.ToString()[..8]}.docx", FileKind.Docx.ContentType, doc.ToBytes());
    }

    private async Task<IQueryable<MediationCase>> FilteredAsync(RegisterFilter filter, CancellationToken ct)
    {
        var query = await scope.ListAsync(db.Set<MediationCase>().AsNoTracking(), c => c.Unit!.Path, filter.Unit, Permission.View, ct);
        if (filter.From is { } from)
        {
            query = query.Where(c => c.ReceivedOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(c => c.ReceivedOn <= to);
        }
        return query;
    }

    private static IQueryable<CaseDto> Project(IQueryable<MediationCase> query) => query.Select(c => new CaseDto(c.Id, c.Unit!.Code, c.Unit.Name, c.TeamId,
        c.Team!.Name, c.ReceivedOn, c.PartyA, c.PartyB, c.Kind, c.Source, c.Summary, c.PetitionId, c.PetitionCode, c.Status, c.ClosedOn, c.Agreement, c.NextStep,
        c.Compliance, c.FollowedUpOn, c.FollowUpNote, c.Version));

    private string L(string key) => localizer[key].Value;
}
