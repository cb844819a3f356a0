namespace Grassroots.Web.Modules.Consultations;

public sealed record GroupRequest(string? Title, int? Comments, GroupAnswer? Answer, string? Response);

/// <summary>A group of comments on one point and the body's answer: accepted or explained (L10 Điều 28), until the summary is out.</summary>
public sealed class AddCommentGroup(AppDbContext db, EditableConsultations consultations)
{
    public async Task<GroupDto> HandleAsync(Guid id, GroupRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Title, "title", FieldLength.Line)
            .Require(r.Comments is >= 0, "comments", "Validation.Required")
            .Require(r.Answer is not null, "answer", "Validation.Required")
            .Text(r.Response, "response", FieldLength.LongText)
            .ThrowIfInvalid();
        var consultation = await consultations.RequireAsync(id, ct);
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
        return new GroupDto(group.Id, group.Order, group.Title, group.Comments, group.Answer, group.Response);
    }
}
