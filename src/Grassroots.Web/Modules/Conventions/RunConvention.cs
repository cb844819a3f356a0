using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Modules.Decisions.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Conventions;

public sealed record StartConventionRequest(string? CommunityCode, ConventionKind? Kind, string? Title, string? Text);

/// <summary>The next version: an amendment (with what it changes) of the text in force, or a new draft after one that failed.</summary>
public sealed record NewVersionRequest(string? Text, string? AmendmentSummary);

public sealed record EditDraftRequest(string? Text, string? AmendmentSummary);

public sealed record PostDraftRequest(DateOnly? PostedOn, DateOnly? CommentsUntil);

public sealed record PutToVoteRequest(DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>The signers of the adopted text: the village head, the Front committee head and two household representatives of the roll.</summary>
public sealed record AdoptRequest(string? VillageHead, string? FrontHead, IReadOnlyList<Guid>? SignerHouseholdIds);

public sealed record SendFileRequest(DateOnly? SentOn, FileDocuments? Documents);

public sealed record CompleteFileRequest(DateOnly? CompletedOn, FileDocuments? Documents);

public sealed record RecogniseConventionRequest(DateOnly? DecidedOn, string? DecisionNumber);

public sealed record RefuseConventionRequest(DateOnly? DecidedOn, string? Reason);

public sealed record AbandonRequest(string? Reason);

/// <summary>
/// A village convention from draft to text in force (NĐ61; L10 Điều 15, 20–22): drafted, posted for comments at least
/// 30 days, voted by the households through the Decisions module, adopted and signed, sent to the commune, recognised or
/// refused; amendments take the same path as a new version. Every refusal leaves the convention as it was.
/// </summary>
public sealed class RunConvention(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock, ConventionClock legal,
    CommunityVotes votes, DraftConsultations drafts, IStringLocalizer<SharedResource> localizer)
{
    public async Task<Convention> StartAsync(StartConventionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.CommunityCode, "communityCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", 300, required: false)
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .ThrowIfInvalid();
        var community = await scope.RequireAsync(Platform.Text.Clean(r.CommunityCode), Permission.Edit, ct);
        if (community.Kind != UnitKind.ResidentialCommunity)
        {
            throw DomainException.Invalid("Convention.NotACommunity", community.Name);
        }
        if (await db.Set<Convention>().AnyAsync(c => c.CommunityId == community.Id, ct))
        {
            throw DomainException.Conflict("Convention.Exists", community.Name);
        }
        var kind = r.Kind ?? ConventionRules.KindFor(community.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        var convention = new Convention
        {
            CommunityId = community.Id,
            Kind = kind,
            Title = Platform.Text.CleanOrNull(r.Title) ?? DefaultTitle(kind, community.Name),
            CreatedAt = now,
            CreatedBy = user.UserName,
        };
        convention.Versions.Add(new ConventionVersion
        {
            CommunityId = community.Id,
            Number = 1,
            Stage = ConventionStage.Drafting,
            Text = Platform.Text.Clean(r.Text),
            CreatedAt = now,
            CreatedBy = user.UserName,
        });
        db.Add(convention);
        await SaveAsync(ct);
        return convention;
    }

    /// <summary>"Hương ước thôn Tân Hòa", "Quy ước tổ dân phố 3".</summary>
    public static string DefaultTitle(ConventionKind kind, string community)
    {
        var name = community.Length > 0 ? char.ToLower(community[0], System.Globalization.CultureInfo.GetCultureInfo("vi")) + community[1..] : community;
        return (kind == ConventionKind.VillageConvention ? "Hương ước " : "Quy ước ") + name;
    }

    public async Task<ConventionVersion> NewVersionAsync(Guid id, NewVersionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .Text(r.AmendmentSummary, "amendmentSummary", 5000, required: false)
            .ThrowIfInvalid();
        var convention = await LoadAsync(id, Permission.Edit, ct);
        if (convention.Versions.FirstOrDefault(v => v.IsInProgress) is { } running)
        {
            throw DomainException.Conflict("Convention.InProgress", running.Number);
        }
        RequireSummaryOfAmendment(convention, r.AmendmentSummary);
        var version = new ConventionVersion
        {
            ConventionId = convention.Id,
            CommunityId = convention.CommunityId,
            Number = convention.Versions.Max(v => v.Number) + 1,
            Stage = ConventionStage.Drafting,
            Text = Platform.Text.Clean(r.Text),
            AmendmentSummary = Platform.Text.CleanOrNull(r.AmendmentSummary),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(version);
        await SaveAsync(ct);
        return version;
    }

    public async Task EditDraftAsync(Guid id, int number, EditDraftRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .Text(r.AmendmentSummary, "amendmentSummary", 5000, required: false)
            .ThrowIfInvalid();
        var (convention, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.Drafting);
        RequireSummaryOfAmendment(convention, r.AmendmentSummary);
        version.Text = Platform.Text.Clean(r.Text);
        version.AmendmentSummary = Platform.Text.CleanOrNull(r.AmendmentSummary);
        await SaveAsync(ct);
    }

    /// <summary>The draft goes up at the community house and on the portal; comments are taken for at least 30 days.</summary>
    public async Task PostAsync(Guid id, int number, PostDraftRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.PostedOn is not null, "postedOn", "Validation.Required")
            .Require(r.PostedOn is null || r.PostedOn <= today, "postedOn", "Convention.NotInFuture")
            .Require(r.CommentsUntil is not null, "commentsUntil", "Validation.Required")
            .ThrowIfInvalid();
        var (convention, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.Drafting);
        var postedOn = r.PostedOn!.Value;
        var firstVoteDay = await legal.DueAsync(ConventionRuleId.PostDraft, postedOn, ct);
        var lastCommentDay = firstVoteDay.AddDays(-1); // comments run the whole posting, up to the day before the earliest vote
        if (r.CommentsUntil < lastCommentDay)
        {
            var deadline = await legal.DeadlineAsync(ConventionRuleId.PostDraft, postedOn, null, ct);
            throw DomainException.Invalid("Convention.CommentsTooShort", Platform.Text.Date(lastCommentDay), deadline.Explanation);
        }
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Id == convention.CommunityId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        version.ConsultationId = await drafts.OpenAsync(new DraftForComments(community.Code, Subject(convention, version, "Dự thảo "), DraftBody(version),
            postedOn, r.CommentsUntil!.Value), ct);
        version.PostedOn = postedOn;
        version.CommentsUntil = r.CommentsUntil;
        version.Stage = ConventionStage.Commenting;
        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The households vote at a meeting, not before the draft was posted the full period and its comments closed.</summary>
    public async Task PutToVoteAsync(Guid id, int number, PutToVoteRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Decision.WindowInvalid")
            .ThrowIfInvalid();
        var (convention, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.Commenting);
        var posting = await legal.DeadlineAsync(ConventionRuleId.PostDraft, version.PostedOn!.Value, r.OpensOn, ct);
        if (r.OpensOn < posting.DueOn)
        {
            throw DomainException.Conflict("Convention.PostedTooShort", Platform.Text.Date(version.PostedOn.Value), Platform.Text.Date(posting.DueOn), posting.Citation);
        }
        if (r.OpensOn <= version.CommentsUntil)
        {
            throw DomainException.Conflict("Convention.CommentsStillOpen", Platform.Text.Date(version.CommentsUntil!.Value));
        }
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Id == convention.CommunityId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        version.MatterId = await votes.OpenConventionVoteAsync(new ConventionVoteRequest(community.Code, Subject(convention, version, "Thông qua "),
            $"Dự thảo niêm yết từ ngày {Platform.Text.Date(version.PostedOn.Value)}, lấy ý kiến đến ngày {Platform.Text.Date(version.CommentsUntil!.Value)}. {version.AmendmentSummary}".Trim(),
            r.OpensOn!.Value, r.ClosesOn!.Value), ct);
        version.Stage = ConventionStage.Voting;
        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adopted when more than half of all households approved (NĐ61 Điều 10); the signers are recorded.</summary>
    public async Task AdoptAsync(Guid id, int number, AdoptRequest r, CancellationToken ct = default)
    {
        var signers = (r.SignerHouseholdIds ?? []).Distinct().ToList();
        new Validation()
            .Text(r.VillageHead, "villageHead", 200)
            .Text(r.FrontHead, "frontHead", 200)
            .Require(signers.Count == ConventionRules.HouseholdSigners && r.SignerHouseholdIds!.Count == ConventionRules.HouseholdSigners, "signerHouseholdIds", "Convention.TwoSigners")
            .ThrowIfInvalid();
        var (_, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.Voting);
        var vote = await votes.GetAsync(version.MatterId!.Value, ct);
        if (!vote.IsClosed)
        {
            throw DomainException.Conflict("Convention.VoteNotClosed", Platform.Text.Date(vote.ClosesOn));
        }
        if (vote.Approved != true)
        {
            throw DomainException.Conflict("Convention.NotApproved", vote.InFavour, vote.Households, ConventionRules.AdoptionCitation);
        }
        var roll = await votes.HouseholdsAsync(version.CommunityId, ct);
        var chosen = signers.Select(s => roll.FirstOrDefault(h => h.Id == s)).ToList();
        if (chosen.Any(h => h is null))
        {
            throw DomainException.Invalid("Convention.SignerNotInRoll");
        }
        version.AdoptedOn = vote.DecidedOn;
        version.VotesInFavour = vote.InFavour;
        version.HouseholdsAtAdoption = vote.Households;
        version.VillageHead = Platform.Text.Clean(r.VillageHead);
        version.FrontHead = Platform.Text.Clean(r.FrontHead);
        version.FirstSignerHouseholdId = chosen[0]!.Id;
        version.FirstSigner = $"{chosen[0]!.RepresentativeName} (hộ số {chosen[0]!.Number})";
        version.SecondSignerHouseholdId = chosen[1]!.Id;
        version.SecondSigner = $"{chosen[1]!.RepresentativeName} (hộ số {chosen[1]!.Number})";
        version.Stage = ConventionStage.Adopted;
        await SaveAsync(ct);
    }

    /// <summary>The village head sends the file; the commune's limit runs only once it holds every document.</summary>
    public async Task SendFileAsync(Guid id, int number, SendFileRequest r, CancellationToken ct = default)
    {
        var (_, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.Adopted);
        var documents = (r.Documents ?? FileDocuments.None) & ConventionRules.CompleteFile;
        new Validation()
            .Require(r.SentOn is not null, "fileSentOn", "Validation.Required")
            .Require(r.SentOn is null || (r.SentOn >= version.AdoptedOn && r.SentOn <= clock.VietnamToday()), "fileSentOn", "Convention.SentOnInvalid")
            .Require(documents != FileDocuments.None, "documents", "Validation.Required")
            .ThrowIfInvalid();
        version.FileSentOn = r.SentOn;
        version.FileDocuments = documents;
        version.FileCompleteOn = ConventionRules.IsComplete(documents) ? r.SentOn : null;
        version.Stage = ConventionStage.FileSent;
        await SaveAsync(ct);
    }

    /// <summary>The missing documents arrived: the commune's 5 working days start.</summary>
    public async Task CompleteFileAsync(Guid id, int number, CompleteFileRequest r, CancellationToken ct = default)
    {
        var (_, version) = await LoadAsync(id, number, Permission.Edit, ct);
        RequireStage(version, ConventionStage.FileSent);
        if (version.FileCompleteOn is not null)
        {
            throw DomainException.Conflict("Convention.FileAlreadyComplete");
        }
        var documents = version.FileDocuments | ((r.Documents ?? FileDocuments.None) & ConventionRules.CompleteFile);
        new Validation()
            .Require(r.CompletedOn is not null, "completedOn", "Validation.Required")
            .Require(r.CompletedOn is null || (r.CompletedOn >= version.FileSentOn && r.CompletedOn <= clock.VietnamToday()), "completedOn", "Convention.SentOnInvalid")
            .ThrowIfInvalid();
        if (!ConventionRules.IsComplete(documents))
        {
            throw DomainException.Invalid("Convention.FileStillIncomplete", Names(ConventionRules.Missing(documents)));
        }
        version.FileDocuments = documents;
        version.FileCompleteOn = r.CompletedOn;
        await SaveAsync(ct);
    }

    /// <summary>The commune chairman recognises it: the text is in force and the one before it is superseded.</summary>
    public async Task RecogniseAsync(Guid id, int number, RecogniseConventionRequest r, CancellationToken ct = default)
    {
        var (convention, version) = await LoadForCommuneAsync(id, number, ct);
        new Validation()
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required")
            .Text(r.DecisionNumber, "decisionNumber", 50)
            .ThrowIfInvalid();
        RequireCompleteFile(version, r.DecidedOn!.Value);
        var on = r.DecidedOn.Value;
        foreach (var previous in convention.Versions.Where(v => v.Stage == ConventionStage.Recognised))
        {
            previous.Stage = ConventionStage.Superseded;
            previous.SupersededOn = on;
        }
        version.Stage = ConventionStage.Recognised;
        version.DecidedOn = on;
        version.DecisionNumber = Platform.Text.Clean(r.DecisionNumber);
        version.DecidedBy = user.UserName;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SaveAsync(ct);
        await votes.RecogniseAsync(version.MatterId!.Value, $"Công nhận {convention.Title} theo Quyết định số {version.DecisionNumber} ngày {Platform.Text.Date(on)}.", ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The commune does not recognise it and says why (L10 Điều 21); the text in force, if any, stays.</summary>
    public async Task RefuseAsync(Guid id, int number, RefuseConventionRequest r, CancellationToken ct = default)
    {
        var (_, version) = await LoadForCommuneAsync(id, number, ct);
        new Validation()
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required")
            .Text(r.Reason, "reason", 2000)
            .ThrowIfInvalid();
        RequireCompleteFile(version, r.DecidedOn!.Value);
        version.Stage = ConventionStage.Refused;
        version.DecidedOn = r.DecidedOn;
        version.RefusalReason = Platform.Text.Clean(r.Reason);
        version.DecidedBy = user.UserName;
        await SaveAsync(ct);
    }

    /// <summary>A version that will not be recognised (not adopted, withdrawn) is closed, so a new one can start.</summary>
    public async Task AbandonAsync(Guid id, int number, AbandonRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Reason, "reason", 2000).ThrowIfInvalid();
        var (_, version) = await LoadAsync(id, number, Permission.Edit, ct);
        if (version.Stage is not (ConventionStage.Drafting or ConventionStage.Commenting or ConventionStage.Voting or ConventionStage.Adopted))
        {
            throw DomainException.Conflict("Convention.WrongStage", version.Number, version.Stage);
        }
        if (version.Stage == ConventionStage.Voting && !(await votes.GetAsync(version.MatterId!.Value, ct)).IsClosed)
        {
            throw DomainException.Conflict("Convention.VoteRunning");
        }
        version.Stage = ConventionStage.Abandoned;
        version.AbandonReason = Platform.Text.Clean(r.Reason);
        await SaveAsync(ct);
    }

    private void RequireCompleteFile(ConventionVersion version, DateOnly decidedOn)
    {
        if (version.Stage is ConventionStage.Drafting or ConventionStage.Commenting or ConventionStage.Voting or ConventionStage.Adopted)
        {
            throw DomainException.Conflict("Convention.FileNotSent", ConventionRules.RecognitionCitation);
        }
        RequireStage(version, ConventionStage.FileSent);
        if (version.FileCompleteOn is not { } complete)
        {
            throw DomainException.Conflict("Convention.FileIncomplete", Names(ConventionRules.Missing(version.FileDocuments)));
        }
        new Validation()
            .Require(decidedOn >= complete && decidedOn <= clock.VietnamToday(), "decidedOn", "Convention.DecidedOnInvalid")
            .ThrowIfInvalid();
    }

    /// <summary>An amendment of a text in force says what it changes.</summary>
    private static void RequireSummaryOfAmendment(Convention convention, string? summary) => new Validation()
        .Require(!convention.Versions.Any(v => v.Stage == ConventionStage.Recognised) || !string.IsNullOrWhiteSpace(summary), "amendmentSummary", "Convention.SummaryRequired")
        .ThrowIfInvalid();

    /// <summary>The documents by name, in the reader's language.</summary>
    private string Names(FileDocuments documents) =>
        string.Join("; ", Enum.GetValues<FileDocuments>().Where(d => d != FileDocuments.None && documents.HasFlag(d)).Select(d => localizer[$"FileDocuments.{d}"].Value));

    private static void RequireStage(ConventionVersion version, ConventionStage stage)
    {
        if (version.Stage != stage)
        {
            throw DomainException.Conflict("Convention.WrongStage", version.Number, version.Stage);
        }
    }

    private static string Subject(Convention convention, ConventionVersion version, string prefix) =>
        prefix + (version.Number == 1 || version.AmendmentSummary is null
            ? char.ToLower(convention.Title[0], System.Globalization.CultureInfo.GetCultureInfo("vi")) + convention.Title[1..]
            : $"sửa đổi, bổ sung {char.ToLower(convention.Title[0], System.Globalization.CultureInfo.GetCultureInfo("vi"))}{convention.Title[1..]} (lần {version.Number - 1})");

    private static string DraftBody(ConventionVersion version)
    {
        var body = version.AmendmentSummary is null ? version.Text : $"Nội dung sửa đổi, bổ sung: {version.AmendmentSummary}\n\n{version.Text}";
        return body.Length <= ConventionVersion.TextMaxLength ? body : body[..ConventionVersion.TextMaxLength];
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer moved the same version (the stage is a concurrency token) or opened the same next version.
            db.ChangeTracker.Clear();
            throw DomainException.Conflict("Convention.Changed");
        }
    }

    private async Task<Convention> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var convention = await db.Set<Convention>().Include(c => c.Community).Include(c => c.Versions).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw DomainException.NotFound("Convention.NotFound");
        await scope.RequireAsync(convention.Community!, permission, ct);
        return convention;
    }

    private async Task<(Convention, ConventionVersion)> LoadAsync(Guid id, int number, Permission permission, CancellationToken ct)
    {
        var convention = await LoadAsync(id, permission, ct);
        var version = convention.Versions.FirstOrDefault(v => v.Number == number) ?? throw DomainException.NotFound("Convention.VersionNotFound", number);
        return (convention, version);
    }

    /// <summary>Recognition is the commune chairman's (the permission that recognises community decisions).</summary>
    private async Task<(Convention, ConventionVersion)> LoadForCommuneAsync(Guid id, int number, CancellationToken ct)
    {
        var (convention, version) = await LoadAsync(id, number, Permission.View, ct);
        await scope.RequireAsync(convention.Community!, Permission.RecogniseDecisions, ct);
        return (convention, version);
    }
}
