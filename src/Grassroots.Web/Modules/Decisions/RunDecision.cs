
namespace Grassroots.Web.Modules.Decisions;

public sealed record CreateMatterRequest(string? CommunityCode, DecisionSubject? Subject, string? Question, string? Details, IReadOnlyList<string>? Options,
    DecisionForms? Forms, bool? BallotChosenByChairman, bool? OnlineAgreed, DateOnly? OpensOn, DateOnly? ClosesOn);

public sealed record MeetingRequest(DateOnly? HeldOn, int? HouseholdsPresent, string? Minutes);

/// <summary>One vote entered by an officer: the household by id or by its number in the roll.</summary>
public sealed record EnteredVote(Guid? HouseholdId, string? HouseholdNumber, int? OptionId);

public sealed record EnterVotesRequest(VoteForm? Form, IReadOnlyList<EnteredVote>? Votes);

public sealed record OnlineVoteRequest(string? HouseholdCode, int? OptionId);

public sealed record RepresentativeVoteRequest(int? OptionId);

public sealed record FollowUpBallotRequest(DateOnly? ClosesOn);

public sealed record RecogniseRequest(string? Note);

/// <summary>
/// A community decision from start to recognition: the matter, the meeting and its minutes, votes (one per household
/// across all forms), the close, a household ballot after a meeting that lacked participation, the chairman's recognition.
/// Every refusal leaves the matter and its votes as they were.
/// </summary>
public sealed class RunDecision(AppDbContext db, UnitScope scope, Households households, CurrentUser user, TimeProvider clock)
{
    public async Task<DecisionMatter> CreateAsync(CreateMatterRequest r, CancellationToken ct = default)
    {
        var options = (r.Options ?? []).Select(Text.Clean).Where(o => o.Length > 0).ToList();
        new Validation()
            .Text(r.CommunityCode, "communityCode", Unit.CodeMaxLength)
            .Require(r.Subject is not null, "subject", "Validation.Required")
            .Text(r.Question, "question", 1000)
            .Text(r.Details, "details", 10_000, required: false)
            .Require(options.Count is >= 2 and <= 20 && options.All(o => o.Length <= 500) && options.Distinct().Count() == options.Count, "options", "Decision.Options")
            .Require(r.Forms is { } f && f != DecisionForms.None && (int)f < 8, "forms", "Validation.Required")
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Decision.WindowInvalid")
            .ThrowIfInvalid();
        var allowed = DecisionRules.Allowed(r.Subject!.Value, r.BallotChosenByChairman == true, meetingLackedParticipation: false);
        var forms = r.Forms!.Value;
        if ((forms & ~allowed) != 0)
        {
            throw DomainException.Invalid(forms.HasFlag(DecisionForms.Online) && !allowed.HasFlag(DecisionForms.Online)
                ? "Decision.OnlineNotAllowed" : "Decision.BallotNotAllowed", DecisionRules.FormsCitation);
        }
        if (forms.HasFlag(DecisionForms.Online) && r.OnlineAgreed != true)
        {
            throw DomainException.Invalid("Decision.OnlineNeedsAgreement", DecisionRules.FormsCitation);
        }
        var community = await households.RequireCommunityAsync(r.CommunityCode, Permission.Edit, ct);
        var matter = new DecisionMatter
        {
            CommunityId = community.Id,
            Subject = r.Subject.Value,
            Question = Text.Clean(r.Question),
            Details = Text.CleanOrNull(r.Details),
            Forms = forms,
            BallotChosenByChairman = r.BallotChosenByChairman == true,
            OnlineAgreed = r.OnlineAgreed == true,
            OpensOn = r.OpensOn!.Value,
            ClosesOn = r.ClosesOn!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
            Options = options.Select((o, i) => new DecisionOption { Order = i + 1, Text = o }).ToList(),
        };
        db.Add(matter);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    public async Task RecordMeetingAsync(Guid id, MeetingRequest r, CancellationToken ct = default)
    {
        var matter = await LoadAsync(id, Permission.Edit, ct);
        var total = await CountHouseholdsAsync(matter.CommunityId, ct);
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Require(r.HeldOn is null || (r.HeldOn >= matter.OpensOn && r.HeldOn <= matter.ClosesOn && r.HeldOn <= today), "heldOn", "Decision.MeetingOutsideWindow")
            .Require(r.HouseholdsPresent is { } p && p >= 0 && p <= total, "householdsPresent", "Decision.PresentInvalid")
            .Text(r.Minutes, "minutes", 20_000)
            .ThrowIfInvalid();
        if (!matter.Forms.HasFlag(DecisionForms.Meeting))
        {
            throw DomainException.Invalid("Decision.FormNotUsed");
        }
        if (matter.IsClosedOn(today))
        {
            throw DomainException.Conflict("Decision.Closed");
        }
        matter.MeetingHeldOn = r.HeldOn;
        matter.MeetingHouseholdsPresent = r.HouseholdsPresent;
        matter.Minutes = Text.Clean(r.Minutes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Show-of-hands at the meeting or paper ballots, entered together; one bad vote refuses them all.</summary>
    public async Task<int> EnterVotesAsync(Guid id, EnterVotesRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.Form is VoteForm.Meeting or VoteForm.HouseholdBallot, "form", "Decision.FormNotUsed")
            .Require(r.Votes is { Count: > 0 and <= 5000 }, "votes", "Validation.Required")
            .ThrowIfInvalid();
        var matter = await LoadAsync(id, Permission.Edit, ct);
        var form = r.Form!.Value;
        if (!matter.Forms.HasFlag(form == VoteForm.Meeting ? DecisionForms.Meeting : DecisionForms.HouseholdBallot))
        {
            throw DomainException.Invalid("Decision.FormNotUsed");
        }
        if (form == VoteForm.Meeting && matter.MeetingHouseholdsPresent is null)
        {
            throw DomainException.Invalid("Decision.MeetingFirst");
        }
        RequireOpen(matter);
        var roll = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == matter.CommunityId && h.IsActive)
            .Select(h => new { h.Id, h.Number }).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var v in r.Votes!)
        {
            var household = v.HouseholdId is { } hid ? roll.FirstOrDefault(h => h.Id == hid) : roll.FirstOrDefault(h => h.Number == Text.Clean(v.HouseholdNumber));
            if (household is null)
            {
                throw DomainException.Invalid("Decision.HouseholdNotInCommunity", v.HouseholdNumber ?? v.HouseholdId?.ToString());
            }
            RequireOption(matter, v.OptionId);
            ids.Add(household.Id);
        }
        if (ids.Distinct().Count() != ids.Count)
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        if (await db.Set<DecisionVote>().AnyAsync(x => x.MatterId == matter.Id && ids.Contains(x.HouseholdId), ct))
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        if (form == VoteForm.Meeting)
        {
            var atMeeting = await db.Set<DecisionVote>().CountAsync(x => x.MatterId == matter.Id && x.Form == VoteForm.Meeting, ct);
            if (atMeeting + ids.Count > matter.MeetingHouseholdsPresent)
            {
                throw DomainException.Invalid("Decision.MoreVotesThanPresent", matter.MeetingHouseholdsPresent);
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(r.Votes!.Select((v, i) => new DecisionVote
        {
            MatterId = matter.Id,
            HouseholdId = ids[i],
            OptionId = v.OptionId!.Value,
            Form = form,
            CastAt = now,
            EnteredBy = user.UserName,
        }));
        await SaveVotesAsync(ct);
        return ids.Count;
    }

    /// <summary>A household representative votes on the portal with the household's code.</summary>
    public async Task CastOnlineAsync(Guid id, OnlineVoteRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.HouseholdCode, "householdCode", 16)
            .Require(r.OptionId is not null, "optionId", "Validation.Required")
            .ThrowIfInvalid();
        var matter = await LoadOnlineAsync(id, r.OptionId, ct);
        var code = Text.Clean(r.HouseholdCode).ToUpperInvariant();
        var household = await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.VoteCode == code && h.IsActive, ct);
        if (household is null || household.CommunityId != matter.CommunityId)
        {
            throw DomainException.Invalid("Decision.HouseholdNotInCommunity", code);
        }
        await CastOnlineAsync(matter, household, r.OptionId!.Value, ct);
    }

    /// <summary>
    /// The representative votes for the household after signing in with their own account, instead of typing the code.
    /// Whatever the path, the household has one voice: the same checks and the same unique index.
    /// </summary>
    public async Task CastAsRepresentativeAsync(Guid id, RepresentativeVoteRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.OptionId is not null, "optionId", "Validation.Required").ThrowIfInvalid();
        var household = user.Id is { } account
            ? await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.RepresentativeAccountId == account && h.IsActive, ct)
            : null;
        if (household is null)
        {
            throw DomainException.Forbidden("Decision.NotARepresentative");
        }
        var matter = await LoadOnlineAsync(id, r.OptionId, ct);
        if (household.CommunityId != matter.CommunityId)
        {
            throw DomainException.Forbidden("Decision.HouseholdNotInCommunity", household.Number);
        }
        await CastOnlineAsync(matter, household, r.OptionId!.Value, ct);
    }

    private async Task<DecisionMatter> LoadOnlineAsync(Guid id, int? optionId, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        if (!matter.Forms.HasFlag(DecisionForms.Online))
        {
            throw DomainException.Invalid("Decision.OnlineNotOpen");
        }
        RequireOpen(matter);
        RequireOption(matter, optionId);
        return matter;
    }

    private async Task CastOnlineAsync(DecisionMatter matter, Household household, int optionId, CancellationToken ct)
    {
        if (await db.Set<DecisionVote>().AnyAsync(v => v.MatterId == matter.Id && v.HouseholdId == household.Id, ct))
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        db.Add(new DecisionVote { MatterId = matter.Id, HouseholdId = household.Id, OptionId = optionId, Form = VoteForm.Online, CastAt = clock.GetUtcNow().UtcDateTime });
        await SaveVotesAsync(ct);
    }

    /// <summary>The village head closes the vote at the end of the meeting; otherwise it closes after its last day.</summary>
    public async Task CloseAsync(Guid id, CancellationToken ct = default)
    {
        var matter = await LoadAsync(id, Permission.Edit, ct);
        RequireOpen(matter);
        matter.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A meeting that lacked participation is followed by a household ballot (NĐ61 Điều 10).</summary>
    public async Task FollowUpWithBallotAsync(Guid id, FollowUpBallotRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation().Require(r.ClosesOn is { } c && c >= today, "closesOn", "Decision.WindowInvalid").ThrowIfInvalid();
        var matter = await LoadAsync(id, Permission.Edit, ct);
        var total = await CountHouseholdsAsync(matter.CommunityId, ct);
        var lacked = matter.MeetingHouseholdsPresent is { } present && !DecisionRules.MoreThanHalf(present, total);
        if (!lacked || matter.RecognisedAt is not null)
        {
            throw DomainException.Conflict("Decision.BallotNotAllowed", DecisionRules.FormsCitation);
        }
        matter.Forms |= DecisionForms.HouseholdBallot;
        matter.ClosedAt = null;
        matter.ClosesOn = r.ClosesOn!.Value;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The commune chairman recognises an adopted result; the figures are kept as they stood.</summary>
    public async Task RecogniseAsync(Guid id, RecogniseRequest r, DecisionReader reader, CancellationToken ct = default)
    {
        new Validation().Text(r.Note, "note", 2000, required: false).ThrowIfInvalid();
        var matter = await db.Set<DecisionMatter>().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, Permission.View, ct);
        await scope.RequireAsync(matter.Community!, Permission.RecogniseDecisions, ct);
        if (!matter.IsClosedOn(clock.VietnamToday()))
        {
            throw DomainException.Conflict("Decision.NotClosed");
        }
        if (matter.RecognisedAt is not null)
        {
            throw DomainException.Conflict("Decision.AlreadyRecognised");
        }
        var result = await reader.ResultAsync(matter, ct);
        if (result.Verdict != Verdict.Adopted)
        {
            throw DomainException.Conflict("Decision.NothingToRecognise");
        }
        matter.RecognisedAt = clock.GetUtcNow().UtcDateTime;
        matter.RecognisedBy = user.UserName;
        matter.RecognitionNote = Text.CleanOrNull(r.Note);
        matter.HouseholdsAtRecognition = result.Households;
        await db.SaveChangesAsync(ct);
    }

    private async Task SaveVotesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two forms racing for the same household: the unique index keeps one voice.
            db.ChangeTracker.Clear();
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
    }

    private void RequireOpen(DecisionMatter matter)
    {
        var today = clock.VietnamToday();
        if (today < matter.OpensOn || matter.IsClosedOn(today))
        {
            throw DomainException.Conflict("Decision.OutsideWindow", Text.Date(matter.OpensOn), Text.Date(matter.ClosesOn));
        }
    }

    private static void RequireOption(DecisionMatter matter, int? optionId)
    {
        if (optionId is null || matter.Options.All(o => o.Id != optionId))
        {
            throw DomainException.Invalid("Decision.OptionUnknown");
        }
    }

    private Task<int> CountHouseholdsAsync(int communityId, CancellationToken ct) =>
        db.Set<Household>().CountAsync(h => h.CommunityId == communityId && h.IsActive, ct);

    private async Task<DecisionMatter> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Community).Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, permission, ct);
        return matter;
    }
}
