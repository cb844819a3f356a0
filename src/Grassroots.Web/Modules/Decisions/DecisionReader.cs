namespace Grassroots.Web.Modules.Decisions;

public sealed record OptionDto(int Id, int Order, string Text);

/// <summary>
/// A matter as shown. While the vote runs only the turnout is known; the tallies and the verdict appear once it closed
/// (results hidden until close, like Loomio's). <see cref="OriginPath"/> leads to what another module put to the vote.
/// </summary>
public sealed record MatterDto(Guid Id, string CommunityCode, string CommunityName, string CommuneCode, DecisionSubject Subject, string Question, string? Details,
    IReadOnlyList<OptionDto> Options, DecisionForms Forms, DecisionForms AllowedForms, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed,
    DateOnly? MeetingHeldOn, int? MeetingHouseholdsPresent, string? Minutes, int Households, int Voted, DecisionResult? Result,
    DateTime? RecognisedAt, string? RecognisedBy, string? RecognitionNote)
{
    public string? OriginPath { get; init; }
    public string? OriginTitle { get; init; }

    /// <summary>Who recognises the result once adopted; none when the matter takes effect on adoption.</summary>
    public RecognitionBody Recognition { get; init; }
    public string? RecognitionReference { get; init; }

    /// <summary>When the recognition of an adopted result is due, late or not (docs/legal.md L10-21-2).</summary>
    public DecisionLimit? RecognitionDue { get; init; }

    public int? HouseholdsChoosingOnline { get; init; }
    public DateOnly? MeetingNoticeOn { get; init; }

    /// <summary>The first day the meeting could be held after its notice; late when it was held before (docs/legal.md ND59-3-NOTICE).</summary>
    public DecisionLimit? Notice { get; init; }

    /// <summary>The commune-wide matter this village's matter is part of (docs/legal.md L10-21-1-VILLAGES).</summary>
    public Guid? CommuneWideId { get; init; }
}

/// <summary>
/// One village's part of a commune-wide matter once its vote closed: its verdict, the option adopted, and whether that is
/// the proposal (the first of the two options) — the village approved it.
/// </summary>
public sealed record CommuneWideVillage(Guid MatterId, string CommunityCode, string CommunityName, int Households, bool IsClosed, Verdict? Verdict,
    string? Winner, bool? Approved);

/// <summary>
/// A commune-wide matter: each village's verdict, and the commune's once every village's vote closed — adopted when at
/// least <see cref="Needed"/> of the villages adopted it (docs/legal.md L10-21-1-VILLAGES).
/// </summary>
public sealed record CommuneWideDto(Guid Id, string CommuneCode, string CommuneName, DecisionSubject Subject, string Question, DateOnly OpensOn, DateOnly ClosesOn,
    IReadOnlyList<CommuneWideVillage> Villages, int Adopted, int Needed, bool AllClosed, Verdict? Verdict, string Citation);

/// <summary>Which matters a list shows: those in the caller's reach, of a unit's subtree, newest first.</summary>
public sealed record MatterFilter(string? Unit = null, int Take = 100);

/// <summary>
/// A matter as its officers see it: whether they may run the vote and recognise its result, and the households of the
/// roll that have not voted yet while it runs (the vote sheet).
/// </summary>
public sealed record MatterView(MatterDto Matter, bool CanEdit, bool CanRecognise, IReadOnlyList<HouseholdDto> NotVoted);

/// <summary>A matter on the portal, and the signed-in representative's household when it belongs to the matter's community.</summary>
public sealed record PublicMatterView(MatterDto Matter, HouseholdDto? MyHousehold, bool MyHouseholdVoted);

/// <param name="RepresentativeAccount">The user name of the representative's citizen account, shown to those who keep the roll.</param>
public sealed record HouseholdDto(Guid Id, string CommunityCode, string Number, string RepresentativeName, string? Address, bool IsActive, string? VoteCode,
    string? RepresentativeAccount = null, string? RepresentativeEmail = null, bool EmailConsent = false, string? EmailLanguage = null)
{
    /// <summary>The vote code, the account and the email only for those who keep the roll.</summary>
    public static HouseholdDto Of(Household h, string community, bool showCode, string? account = null) =>
        new(h.Id, community, h.Number, h.RepresentativeName, h.Address, h.IsActive, showCode ? h.VoteCode : null, showCode ? account : null,
            showCode ? h.RepresentativeEmail : null, showCode && h.EmailConsentAt is not null, showCode ? h.EmailLanguage : null);
}

public sealed record YearEndMeetingDto(Guid Id, string CommunityCode, string CommunityName, int Year, DateOnly PlannedOn, string Place, DateOnly? InvitationsSentOn,
    bool? InvitedInTime, DateOnly? HeldOn, int? HouseholdsPresent, int Households, string? Minutes, string Citation)
{
    public static YearEndMeetingDto Of(YearEndMeeting m, int households) =>
        new(m.Id, m.Community!.Code, m.Community.Name, m.Year, m.PlannedOn, m.Place, m.InvitationsSentOn,
            m.InvitationsSentOn is { } s ? YearEndMeeting.InvitedInTime(s, m.PlannedOn) : null, m.HeldOn, m.HouseholdsPresent, households, m.Minutes, YearEndMeeting.Citation);
}

/// <summary>A community's roll and its year-end meetings, and whether the caller keeps them.</summary>
public sealed record RollView(string CommunityCode, bool CanEdit, IReadOnlyList<HouseholdDto> Households, IReadOnlyList<YearEndMeetingDto> Meetings);

/// <summary>A matter as the representative sees it: whether the household can still vote online, and how it already voted.</summary>
public sealed record MyMatterDto(MatterDto Matter, bool CanVoteOnline, VoteForm? VotedBy);

public sealed record MyHouseholdDto(Guid HouseholdId, string Number, string RepresentativeName, string CommunityCode, string CommunityName, string CommuneCode,
    IReadOnlyList<MyMatterDto> Matters);

public sealed record PortalMatter(Guid Id, string Community, string Question, DateOnly OpensOn, DateOnly ClosesOn, bool IsClosed, bool Recognised);

/// <summary>
/// Every list and view of community decisions, for the API and the pages alike: officers' within their reach, the
/// representative's of their own household, the public's of the matters under a unit (never a household's code).
/// </summary>
public sealed class DecisionReader(AppDbContext db, UnitScope scope, Communities communities, CurrentUser user, DecisionClock limits, TimeProvider clock)
{
    public async Task<List<MatterDto>> ListAsync(MatterFilter filter, CancellationToken ct) =>
        await ToDtosAsync(await scope.ListAsync(db.Set<DecisionMatter>(), m => m.Community!.Path, filter.Unit, ct: ct), filter.Take, ct);

    public async Task<MatterDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadAsync(id, ct), ct);

    public async Task<MatterView> ViewAsync(Guid id, CancellationToken ct)
    {
        var matter = await LoadAsync(id, ct);
        var dto = await ToDtoAsync(matter, ct);
        var canEdit = await scope.CanAsync(matter.Community!, Permission.Edit, ct);
        var notVoted = new List<HouseholdDto>();
        if (canEdit && dto.IsOpen)
        {
            var voted = db.Set<DecisionVote>().Where(v => v.MatterId == id).Select(v => v.HouseholdId);
            notVoted = (await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == matter.CommunityId && h.IsActive && !voted.Contains(h.Id))
                .OrderBy(h => h.Number).ToListAsync(ct)).Select(h => HouseholdDto.Of(h, dto.CommunityCode, showCode: false)).ToList();
        }
        var canRecognise = dto.Recognition switch
        {
            RecognitionBody.CommuneChairman => await scope.CanAsync(matter.Community!, Permission.RecogniseDecisions, ct),
            RecognitionBody.CommuneFront => canEdit,
            _ => false,
        };
        return new MatterView(dto, canEdit, canRecognise, notVoted);
    }

    /// <summary>The communes alive today, within the caller's reach to edit, that have villages: where a commune-wide matter can go.</summary>
    public async Task<List<UnitOption>> CommunesAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var kinds = Enum.GetValues<UnitKind>().Where(k => k.IsCommuneLevel()).ToList();
        var withVillages = db.Units.Where(v => v.Kind == UnitKind.ResidentialCommunity).Select(v => v.ParentId);
        var query = await scope.FilterAsync(db.Units.AsNoTracking().Where(u => kinds.Contains(u.Kind) && withVillages.Contains(u.Id)), u => u.Path, Permission.Edit, ct);
        return (await query.ToListAsync(ct)).Where(u => u.IsActiveOn(today)).OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new UnitOption(u.Code, u.Name)).ToList();
    }

    /// <summary>A commune-wide matter with each village's verdict, for those who may see the commune.</summary>
    public async Task<CommuneWideDto> CommuneWideAsync(Guid id, CancellationToken ct)
    {
        var matters = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).Include(m => m.Options)
            .Where(m => m.CommuneWideId == id).ToListAsync(ct);
        if (matters.Count == 0)
        {
            throw DomainException.NotFound("Decision.NotFound");
        }
        var commune = await db.Units.AsNoTracking().FirstAsync(u => u.Id == matters[0].Community!.ParentId, ct);
        await scope.RequireAsync(commune, Permission.View, ct);
        var today = clock.VietnamToday();
        var villages = new List<CommuneWideVillage>();
        foreach (var m in matters.OrderBy(m => m.Community!.Code, StringComparer.Ordinal))
        {
            var closed = m.IsClosedOn(today);
            var result = closed ? await ResultAsync(m, ct) : null;
            var proposal = m.Options.OrderBy(o => o.Order).First().Id;
            villages.Add(new CommuneWideVillage(m.Id, m.Community!.Code, m.Community.Name, m.HouseholdsAtRecognition ?? await communities.CountHouseholdsAsync(m.CommunityId, ct),
                closed, result?.Verdict, result?.Winner?.Text, result is null ? null : result.Verdict == Verdict.Adopted && result.Winner?.OptionId == proposal));
        }
        var adopted = villages.Count(v => v.Approved == true);
        var allClosed = villages.All(v => v.IsClosed);
        Verdict? verdict = allClosed ? (DecisionRules.VillagesReached(adopted, villages.Count) ? Verdict.Adopted : Verdict.NotAdopted) : null;
        var first = matters[0];
        return new CommuneWideDto(id, commune.Code, commune.Name, first.Subject, first.Question, first.OpensOn, first.ClosesOn, villages, adopted,
            DecisionRules.VillagesNeeded(villages.Count), allClosed, verdict, DecisionRules.VillagesCitation);
    }

    /// <summary>For the public portal: any matter of a community under the unit, without sign-in.</summary>
    public async Task<MatterDto> GetPublicAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).Include(m => m.Options)
            .FirstOrDefaultAsync(m => m.Id == id && m.Community!.Path.StartsWith(unit.Path), ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        return await ToDtoAsync(matter, ct);
    }

    /// <summary>The portal's page of a matter, with the signed-in representative's household if the matter is its community's.</summary>
    public async Task<PublicMatterView> PublicViewAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var matter = await GetPublicAsync(unitCode, id, ct);
        var mine = await RepresentedHouseholdAsync(ct);
        if (mine is null || mine.Community!.Code != matter.CommunityCode)
        {
            return new PublicMatterView(matter, null, false);
        }
        var voted = await db.Set<DecisionVote>().AnyAsync(v => v.MatterId == id && v.HouseholdId == mine.Id, ct);
        return new PublicMatterView(matter, HouseholdDto.Of(mine, matter.CommunityCode, showCode: false), voted);
    }

    /// <summary>The household roll of a community; the vote codes and accounts only for those who keep it.</summary>
    public async Task<List<HouseholdDto>> HouseholdsAsync(string? communityCode, CancellationToken ct)
    {
        var community = await communities.RequireAsync(communityCode, Permission.View, ct);
        return await HouseholdsAsync(community, await scope.CanAsync(community, Permission.Edit, ct), ct);
    }

    public async Task<List<YearEndMeetingDto>> YearEndMeetingsAsync(string? communityCode, CancellationToken ct) =>
        await YearEndMeetingsAsync(await communities.RequireAsync(communityCode, Permission.View, ct), ct);

    public async Task<RollView> RollAsync(string? communityCode, CancellationToken ct)
    {
        var community = await communities.RequireAsync(communityCode, Permission.View, ct);
        var canEdit = await scope.CanAsync(community, Permission.Edit, ct);
        return new RollView(community.Code, canEdit, await HouseholdsAsync(community, canEdit, ct), await YearEndMeetingsAsync(community, ct));
    }

    /// <summary>The signed-in representative's household and its community's matters; 404 for an account linked to none.</summary>
    public async Task<MyHouseholdDto> MyHouseholdAsync(CancellationToken ct)
    {
        var household = await RepresentedHouseholdAsync(ct) ?? throw DomainException.NotFound("Decision.NotARepresentative");
        var community = household.Community!;
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == community.ParentId).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "";
        var matters = await ToDtosAsync(db.Set<DecisionMatter>().Where(m => m.CommunityId == household.CommunityId), 30, ct);
        var ids = matters.Select(m => m.Id).ToList();
        var votes = await db.Set<DecisionVote>().AsNoTracking().Where(v => v.HouseholdId == household.Id && ids.Contains(v.MatterId))
            .Select(v => new { v.MatterId, v.Form }).ToListAsync(ct);
        return new MyHouseholdDto(household.Id, household.Number, household.RepresentativeName, community.Code, community.Name, commune,
            matters.Select(m =>
            {
                var voted = votes.FirstOrDefault(v => v.MatterId == m.Id)?.Form;
                return new MyMatterDto(m, voted is null && m.IsOpen && m.Forms.HasFlag(DecisionForms.Online), voted);
            }).ToList());
    }

    /// <summary>What the communities under a unit decide, for its portal: open votes and results, newest first.</summary>
    public async Task<List<PortalMatter>> PortalAsync(string unitPath, int take, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var rows = await db.Set<DecisionMatter>().AsNoTracking().Where(m => m.Community!.Path.StartsWith(unitPath))
            .OrderByDescending(m => m.OpensOn).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new { m.Id, Community = m.Community!.Name, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt, m.RecognisedAt }).ToListAsync(ct);
        return rows.Select(m => new PortalMatter(m.Id, m.Community, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt is not null || today > m.ClosesOn, m.RecognisedAt is not null))
            .ToList();
    }

    /// <summary>The verdict as the law counts it: against the households of the roll today, or as they stood at recognition.</summary>
    public async Task<DecisionResult> ResultAsync(DecisionMatter matter, CancellationToken ct)
    {
        var households = matter.HouseholdsAtRecognition ?? await communities.CountHouseholdsAsync(matter.CommunityId, ct);
        var counts = await db.Set<DecisionVote>().Where(v => v.MatterId == matter.Id).GroupBy(v => v.OptionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var options = matter.Options.Count > 0 ? matter.Options : await db.Set<DecisionOption>().Where(o => o.MatterId == matter.Id).ToListAsync(ct);
        var tallies = options.OrderBy(o => o.Order).Select(o => new Tally(o.Id, o.Text, counts.FirstOrDefault(c => c.Key == o.Id)?.Count ?? 0)).ToList();
        return DecisionRules.Evaluate(matter.Subject, households, matter.Forms, matter.MeetingHouseholdsPresent, counts.Sum(c => c.Count), tallies);
    }

    private async Task<DecisionMatter> LoadAsync(Guid id, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, Permission.View, ct);
        return matter;
    }

    /// <summary>The active household the signed-in account represents, if any, with its community.</summary>
    private async Task<Household?> RepresentedHouseholdAsync(CancellationToken ct) =>
        user.Id is { } id
            ? await db.Set<Household>().AsNoTracking().Include(h => h.Community).FirstOrDefaultAsync(h => h.RepresentativeAccountId == id && h.IsActive, ct)
            : null;

    private async Task<List<HouseholdDto>> HouseholdsAsync(Unit community, bool keepsRoll, CancellationToken ct)
    {
        var rows = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == community.Id).OrderBy(h => h.Number)
            .Select(h => new { Household = h, Account = db.Users.Where(u => u.Id == h.RepresentativeAccountId).Select(u => u.UserName).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => HouseholdDto.Of(r.Household, community.Code, keepsRoll, r.Account)).ToList();
    }

    private async Task<List<YearEndMeetingDto>> YearEndMeetingsAsync(Unit community, CancellationToken ct)
    {
        var rows = await db.Set<YearEndMeeting>().AsNoTracking().Include(m => m.Community).Where(m => m.CommunityId == community.Id).OrderByDescending(m => m.Year)
            .ToListAsync(ct);
        var count = await communities.CountHouseholdsAsync(community.Id, ct);
        return rows.Select(m => YearEndMeetingDto.Of(m, count)).ToList();
    }

    private async Task<List<MatterDto>> ToDtosAsync(IQueryable<DecisionMatter> query, int take, CancellationToken ct)
    {
        var matters = await query.AsNoTracking().Include(m => m.Community).Include(m => m.Options)
            .OrderByDescending(m => m.OpensOn).ThenByDescending(m => m.Id).Take(take).ToListAsync(ct);
        var list = new List<MatterDto>();
        foreach (var m in matters)
        {
            list.Add(await ToDtoAsync(m, ct));
        }
        return list;
    }

    private async Task<MatterDto> ToDtoAsync(DecisionMatter m, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var closed = m.IsClosedOn(today);
        var households = m.HouseholdsAtRecognition ?? await communities.CountHouseholdsAsync(m.CommunityId, ct);
        var voted = await db.Set<DecisionVote>().CountAsync(v => v.MatterId == m.Id, ct);
        // Whether the meeting could reach the matter's ratio (docs/legal.md L10-21-1-TWO-THIRDS, L10-21-1-HALF).
        var lacked = DecisionRules.MeetingLacked(m.Subject, m.MeetingHouseholdsPresent, households);
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == m.Community!.ParentId).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "";
        var result = closed ? await ResultAsync(m, ct) : null;
        return new MatterDto(m.Id, m.Community!.Code, m.Community.Name, commune, m.Subject, m.Question, m.Details,
            m.Options.OrderBy(o => o.Order).Select(o => new OptionDto(o.Id, o.Order, o.Text)).ToList(), m.Forms,
            DecisionRules.Allowed(m.Subject, m.BallotChosenByChairman, lacked), m.OpensOn, m.ClosesOn, !closed && today >= m.OpensOn, closed,
            m.MeetingHeldOn, m.MeetingHouseholdsPresent, m.Minutes, households, voted, result,
            m.RecognisedAt, m.RecognisedBy, m.RecognitionNote)
        {
            OriginPath = m.OriginPath,
            OriginTitle = m.OriginTitle,
            Recognition = DecisionRules.RecognisedBy(m.Subject),
            RecognitionReference = m.RecognitionReference,
            RecognitionDue = await limits.RecognitionAsync(m, result?.Verdict == Verdict.Adopted, ct),
            HouseholdsChoosingOnline = m.HouseholdsChoosingOnline,
            MeetingNoticeOn = m.MeetingNoticeOn,
            Notice = await limits.NoticeAsync(m, ct),
            CommuneWideId = m.CommuneWideId,
        };
    }
}
