namespace Grassroots.Web.Modules.Steering;

public sealed record ReportTaskProgressRequest(DateOnly? ReportedOn, string? Note, bool Completes = false);

/// <summary>
/// The unit in charge reports progress on a task, with an evidence file; a report that says the task is done closes it on
/// that day (done on time when not after its due day). A closed task takes no more reports (409); a report dated before the
/// task was assigned or in the future is refused.
/// </summary>
public sealed class ReportTaskProgress(AppDbContext db, SteeringFiles files, CurrentUser user, TimeProvider clock)
{
    public async Task<TaskProgress> HandleAsync(Guid taskId, ReportTaskProgressRequest r, IFormFile? evidence = null, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.ReportedOn is not null, "reportedOn", "Validation.Required").Date(r.ReportedOn, "reportedOn")
            .Require(r.ReportedOn is null || r.ReportedOn <= clock.VietnamToday(), "reportedOn", "Steering.DateInFuture")
            .Text(r.Note, "note", FieldLength.Paragraph)
            .ThrowIfInvalid();
        var task = await files.TaskAsync(taskId, Permission.Edit, ct);
        if (task.State != TaskState.Open)
        {
            throw DomainException.Conflict("Steering.TaskClosed");
        }
        if (r.ReportedOn < task.AssignedOn)
        {
            throw DomainException.Invalid("Steering.ReportBeforeAssigned", Text.Date(task.AssignedOn));
        }
        var upload = await SteeringFiles.ReadAsync(evidence, ct);
        var progress = new TaskProgress
        {
            TaskId = task.Id,
            ReportedOn = r.ReportedOn!.Value,
            Note = Text.Clean(r.Note),
            Completes = r.Completes,
            FileName = upload?.FileName,
            ContentType = upload?.ContentType,
            FileSize = upload?.Content.Length,
            Sha256 = upload?.Sha256,
            Content = upload?.Content,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(progress);
        if (r.Completes)
        {
            task.State = TaskState.Done;
            task.CompletedOn = progress.ReportedOn;
        }
        await db.SaveChangesAsync(ct);
        return progress;
    }
}
