namespace Grassroots.Web.Modules.Steering;

public sealed record ConclusionItemRequest(string? Text, string? AssigneeUnitCode, DateOnly? DueOn, string? ExpectedOutput = null);

public sealed record IssueConcludingNoticeRequest(IssuingBody? IssuingBody, DateOnly? IssuedOn, string? SignerName, string? SignerTitle, string? Summary,
    string? Conclusions, IReadOnlyList<ConclusionItemRequest?>? Items, string? Recipients = null);

/// <summary>
/// Concludes an inspection with a notice (Thông báo kết luận) of the committee's body: numbered in its series like every
/// issued document, its general conclusions, and its items, each a task for the unit it names (in the committee's subtree),
/// due on a working day, followed until done. Every item needs its text and its unit; an inspection is concluded once (409).
/// </summary>
public sealed class IssueConcludingNotice(AppDbContext db, SteeringFiles files, IssueDocument issue, AssignTask assign, CurrentUser user, TimeProvider clock)
{
    public const int MaxItems = 100;

    public async Task<SteeringDocument> HandleAsync(Guid inspectionId, IssueConcludingNoticeRequest r, CancellationToken ct = default)
    {
        var items = (r.Items ?? []).ToList();
        var v = new Validation()
            .Require(r.IssuingBody is not null, "issuingBody", "Validation.Required")
            .Require(r.IssuedOn is not null, "issuedOn", "Validation.Required").Date(r.IssuedOn, "issuedOn")
            .Text(r.SignerName, "signerName", FieldLength.PersonName)
            .Text(r.SignerTitle, "signerTitle", FieldLength.Name)
            .Text(r.Summary, "summary", FieldLength.Line)
            .Text(r.Conclusions, "conclusions", FieldLength.Minutes)
            .Text(r.Recipients, "recipients", FieldLength.Paragraph, required: false)
            .Require(items.Count is > 0 and <= MaxItems, "items", "Steering.NoticeItems");
        for (var i = 0; i < items.Count; i++)
        {
            v.Require(items[i] is not null && !string.IsNullOrWhiteSpace(items[i]!.Text), $"items[{i}].text", "Steering.EmptyItem");
        }
        v.ThrowIfInvalid();
        var inspection = await files.InspectionAsync(inspectionId, Permission.Steer, ct);
        if (inspection.NoticeId is not null)
        {
            throw DomainException.Conflict("Steering.InspectionConcluded");
        }
        if (r.IssuedOn < inspection.From)
        {
            throw DomainException.Invalid("Steering.NoticeBeforeInspection", Text.Date(inspection.From));
        }
        var tasks = new List<SteeringTask>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!;
            var request = new AssignTaskRequest(item.AssigneeUnitCode, item.Text, r.IssuedOn, item.DueOn, item.ExpectedOutput);
            AssignTask.Validate(request, $"items[{i}].");
            var task = await assign.NewAsync(inspection.Unit!, request, $"items[{i}].", ct);
            task.ItemNumber = i + 1;
            tasks.Add(task);
        }
        var notice = new SteeringDocument
        {
            UnitId = inspection.UnitId,
            Unit = inspection.Unit,
            IssuingBody = r.IssuingBody!.Value,
            Format = SteeringRules.FormatOf(r.IssuingBody.Value),
            Kind = DocumentKind.Notice,
            Status = DocumentStatus.Draft,
            Summary = Text.Clean(r.Summary),
            Body = Text.Clean(r.Conclusions),
            Recipients = Text.CleanOrNull(r.Recipients),
            ImplementsId = inspection.DocumentId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        foreach (var t in tasks)
        {
            t.NoticeId = notice.Id;
            db.Add(t);
        }
        inspection.NoticeId = notice.Id;
        return await issue.IssueNewAsync(notice, new IssueDocumentRequest(r.IssuedOn, r.SignerName, r.SignerTitle), ct);
    }
}
