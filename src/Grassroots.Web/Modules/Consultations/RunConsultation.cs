
namespace Grassroots.Web.Modules.Consultations;

public sealed record CreateConsultationRequest(string? UnitCode, ConsultationSubject? Subject, string? Title, string? Body, DateOnly? OpensOn, DateOnly? ClosesOn,
    Commenters? Commenters);

public sealed record CommentRequest(string? Text, string? AuthorName, string? AuthorAddress, string? HouseholdCode);

public sealed record OfficerCommentRequest(string? Text, string? AuthorName, string? AuthorAddress, CommentChannel? Channel);

public sealed record GroupRequest(string? Title, int? Comments, GroupAnswer? Answer, string? Response);

public sealed record PublishSummaryRequest(string? Intro);

/// <summary>Drafts for comments (Dân tham gia ý kiến, L10 Điều 25–29): open, take comments, group and answer them, publish the summary.</summary>
public sealed class RunConsultation(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock, CommentIntake intake)
{
    public async Task<Consultation> CreateAsync(CreateConsultationRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Subject is not null, "subject", "Validation.Required")
            .Text(r.Title, "title", 300)
            .Text(r.Body, "body", 50_000)
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Consultation.WindowInvalid")
            .Require(r.Commenters is not null, "commenters", "Validation.Required")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var consultation = new Consultation
        {
            UnitId = unit.Id,
            Subject = r.Subject!.Value,
            Title = Text.Clean(r.Title),
            Body = Text.Clean(r.Body),
            OpensOn = r.OpensOn!.Value,
            ClosesOn = r.ClosesOn!.Value,
            Commenters = r.Commenters!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(consultation);
        await db.SaveChangesAsync(ct);
        return consultation;
    }

    /// <summary>Opinions given at a meeting or in writing, entered by an officer.</summary>
    public async Task<Guid> CommentFromOfficerAsync(Guid id, OfficerCommentRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "text", ConsultationComment.MaxLength)
            .Text(r.AuthorName, "authorName", 200, required: false)
            .Text(r.AuthorAddress, "authorAddress", 300, required: false)
            .Require(r.Channel is CommentChannel.Meeting or CommentChannel.Writing, "channel", "Validation.Required")
            .ThrowIfInvalid();
        var consultation = await LoadAsync(id, Permission.Edit, ct);
        var today = clock.VietnamToday();
        if (!consultation.IsOpenOn(today))
        {
            throw DomainException.Conflict("Consultation.Closed", Text.Date(consultation.OpensOn), Text.Date(consultation.ClosesOn));
        }
        var comment = new ConsultationComment
        {
            ConsultationId = id,
            Text = Text.Clean(r.Text),
            AuthorName = Text.CleanOrNull(r.AuthorName),
            AuthorAddress = Text.CleanOrNull(r.AuthorAddress),
            Channel = r.Channel!.Value,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            EnteredBy = user.UserName,
        };
        await intake.SaveAsync(comment, ct);
        return comment.Id;
    }

    public async Task<CommentGroup> AddGroupAsync(Guid id, GroupRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Title, "title", 500)
            .Require(r.Comments is >= 0, "comments", "Validation.Required")
            .Require(r.Answer is not null, "answer", "Validation.Required")
            .Text(r.Response, "response", 10_000)
            .ThrowIfInvalid();
        var consultation = await LoadAsync(id, Permission.Edit, ct);
        if (consultation.SummaryPublishedAt is not null)
        {
            throw DomainException.Conflict("Consultation.SummaryPublished");
        }
        var order = await db.Set<CommentGroup>().Where(g => g.ConsultationId == id).CountAsync(ct) + 1;
        var group = new CommentGroup
        {
            ConsultationId = id,
            UnitId = consultation.UnitId,
            Order = order,
            Title = Text.Clean(r.Title),
            Comments = r.Comments!.Value,
            Answer = r.Answer!.Value,
            Response = Text.Clean(r.Response),
        };
        db.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>The summary goes public after the window closed, with at least one answered group (L10 Điều 28).</summary>
    public async Task PublishSummaryAsync(Guid id, PublishSummaryRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Intro, "intro", 10_000).ThrowIfInvalid();
        var consultation = await LoadAsync(id, Permission.Edit, ct);
        if (clock.VietnamToday() <= consultation.ClosesOn)
        {
            throw DomainException.Conflict("Consultation.StillOpen", Text.Date(consultation.ClosesOn));
        }
        if (consultation.SummaryPublishedAt is not null)
        {
            throw DomainException.Conflict("Consultation.SummaryPublished");
        }
        if (!await db.Set<CommentGroup>().AnyAsync(g => g.ConsultationId == id, ct))
        {
            throw DomainException.Invalid("Consultation.NoGroups");
        }
        consultation.SummaryIntro = Text.Clean(r.Intro);
        consultation.SummaryPublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private async Task<Consultation> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        await scope.RequireAsync(c.Unit!, permission, ct);
        return c;
    }
}
