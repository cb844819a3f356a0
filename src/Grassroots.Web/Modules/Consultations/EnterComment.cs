using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

public sealed record OfficerCommentRequest(string? Text, string? AuthorName, string? AuthorAddress, CommentChannel? Channel);

/// <summary>Opinions given at a meeting or in writing, entered by an officer while the window is open, through the same intake as the portal's.</summary>
public sealed class EnterComment(EditableConsultations consultations, CurrentUser user, TimeProvider clock, CommentIntake intake)
{
    public async Task<Guid> HandleAsync(Guid id, OfficerCommentRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "text", ConsultationComment.MaxLength)
            .Text(r.AuthorName, "authorName", 200, required: false)
            .Text(r.AuthorAddress, "authorAddress", 300, required: false)
            .Require(r.Channel is CommentChannel.Meeting or CommentChannel.Writing, "channel", "Validation.Required")
            .ThrowIfInvalid();
        var consultation = await consultations.RequireAsync(id, ct);
        if (!consultation.IsOpenOn(clock.VietnamToday()))
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
}
