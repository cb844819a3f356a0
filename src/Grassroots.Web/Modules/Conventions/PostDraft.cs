using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Conventions;

public sealed record PostDraftRequest(DateOnly? PostedOn, DateOnly? CommentsUntil);

/// <summary>
/// The draft goes up at the community house and on the portal; residents comment through a consultation
/// (<see cref="IDraftConsultations"/>) for at least 30 days (NĐ61), up to the day before the earliest vote.
/// </summary>
public sealed class PostDraft(AppDbContext db, ConventionVersions versions, ConventionClock legal, IDraftConsultations drafts, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int number, PostDraftRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.PostedOn is not null, "postedOn", "Validation.Required")
            .Require(r.PostedOn is null || r.PostedOn <= today, "postedOn", "Convention.NotInFuture")
            .Require(r.CommentsUntil is not null, "commentsUntil", "Validation.Required")
            .ThrowIfInvalid();
        var (convention, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.Drafting);
        var postedOn = r.PostedOn!.Value;
        var firstVoteDay = await legal.DueAsync(ConventionRuleId.PostDraft, postedOn, ct);
        var lastCommentDay = firstVoteDay.AddDays(-1); // comments run the whole posting, up to the day before the earliest vote
        if (r.CommentsUntil < lastCommentDay)
        {
            var deadline = await legal.DeadlineAsync(ConventionRuleId.PostDraft, postedOn, null, ct);
            throw DomainException.Invalid("Convention.CommentsTooShort", Platform.Text.Date(lastCommentDay), deadline.Explanation);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        version.ConsultationId = await drafts.OpenAsync(DraftOf(convention.Community!.Code, convention, version, postedOn, r.CommentsUntil!.Value), ct);
        version.PostedOn = postedOn;
        version.CommentsUntil = r.CommentsUntil;
        version.Stage = ConventionStage.Commenting;
        await versions.SaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The version as residents comment on it, for the days of its posting.</summary>
    public static DraftForComments DraftOf(string communityCode, Convention convention, ConventionVersion version, DateOnly postedOn, DateOnly commentsUntil) =>
        new(communityCode, ConventionTexts.Subject(convention, version, "Dự thảo "), ConventionTexts.DraftBody(version), postedOn, commentsUntil);
}
