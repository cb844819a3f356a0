using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Decisions.Matters;

public sealed record CreateMatterRequest(string? CommunityCode, DecisionSubject? Subject, string? Question, string? Details, IReadOnlyList<string>? Options,
    DecisionForms? Forms, bool? BallotChosenByChairman, bool? OnlineAgreed, DateOnly? OpensOn, DateOnly? ClosesOn, int? HouseholdsChoosingOnline = null);

/// <summary>
/// Puts a matter (L10 Điều 15) to the households of a community: the question, its options, the forms the law allows
/// for it (NĐ59 Điều 4–5) and the voting window. A form the law does not allow is refused and nothing is saved.
/// </summary>
public sealed class CreateMatter(AppDbContext db, Communities communities, CurrentUser user, TimeProvider clock, NotifyVoteOpened notices)
{
    public async Task<DecisionMatter> HandleAsync(CreateMatterRequest r, CancellationToken ct = default)
    {
        var options = Validate(r);
        var community = await communities.RequireAsync(r.CommunityCode, Permission.Edit, ct);
        return await SaveAsync(community, r, options, null, ct);
    }

    /// <summary>A matter another module puts to the vote (<see cref="ICommunityVotes"/>): it has checked the caller's reach on the community.</summary>
    public async Task<DecisionMatter> HandleAsync(Unit community, CreateMatterRequest r, VoteOrigin origin, CancellationToken ct)
    {
        var options = Validate(r);
        return await SaveAsync(community, r, options, origin, ct);
    }

    /// <summary>The request's checks shared with <see cref="CreateCommuneWideMatter"/>: its options, cleaned.</summary>
    internal static List<string> Validate(CreateMatterRequest r)
    {
        var options = (r.Options ?? []).Select(Text.Clean).Where(o => o.Length > 0).ToList();
        new Validation()
            .Text(r.CommunityCode, "communityCode", Unit.CodeMaxLength)
            .Require(r.Subject is not null, "subject", "Validation.Required")
            .Text(r.Question, "question", FieldLength.Note)
            .Text(r.Details, "details", 10_000, required: false)
            .Require(options.Count is >= 2 and <= 20 && options.All(o => o.Length <= 500) && options.Distinct().Count() == options.Count, "options", "Decision.Options")
            .Require(r.Forms is { } f && f != DecisionForms.None && (int)f < 8, "forms", "Validation.Required")
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Decision.WindowInvalid")
            .Require(r.HouseholdsChoosingOnline is null or >= 0, "householdsChoosingOnline", "Validation.OutOfRange")
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
        return options;
    }

    private async Task<DecisionMatter> SaveAsync(Unit community, CreateMatterRequest r, List<string> options, VoteOrigin? origin, CancellationToken ct)
    {
        if (r.Forms!.Value.HasFlag(DecisionForms.Online))
        {
            // NĐ59 Điều 5 (docs/legal.md ND59-5-ONLINE): more than half of all households chose to vote online.
            var households = await communities.CountHouseholdsAsync(community.Id, ct);
            if (r.HouseholdsChoosingOnline is not { } choosing || choosing > households)
            {
                throw DomainException.Invalid("Decision.OnlineChoiceCount", households);
            }
            if (!DecisionRules.OnlineChosen(choosing, households))
            {
                throw DomainException.Invalid("Decision.OnlineNotChosen", choosing, households, households / 2 + 1);
            }
        }
        var matter = New(community, r, options, user.UserName, clock.GetUtcNow().UtcDateTime);
        matter.OriginPath = origin?.Path;
        matter.OriginTitle = origin?.Title;
        db.Add(matter);
        // A matter open from today: its representatives are told in the same save (the outbox).
        await notices.AddAsync(matter, community, ct);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    /// <summary>The matter as the request puts it to one community's households.</summary>
    internal static DecisionMatter New(Unit community, CreateMatterRequest r, List<string> options, string? by, DateTime at) => new()
    {
        CommunityId = community.Id,
        Subject = r.Subject!.Value,
        Question = Text.Clean(r.Question),
        Details = Text.CleanOrNull(r.Details),
        Forms = r.Forms!.Value,
        BallotChosenByChairman = r.BallotChosenByChairman == true,
        OnlineAgreed = r.OnlineAgreed == true,
        HouseholdsChoosingOnline = r.Forms!.Value.HasFlag(DecisionForms.Online) ? r.HouseholdsChoosingOnline : null,
        OpensOn = r.OpensOn!.Value,
        ClosesOn = r.ClosesOn!.Value,
        CreatedAt = at,
        CreatedBy = by,
        Options = options.Select((o, i) => new DecisionOption { Order = i + 1, Text = o }).ToList(),
    };
}
