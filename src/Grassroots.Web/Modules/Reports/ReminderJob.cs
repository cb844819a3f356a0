using Quartz;

namespace Grassroots.Web.Modules.Reports;

/// <summary>Every working morning: reminders to the units that have not reported, before and after the due date.</summary>
public sealed class ReminderJob(RecordReminders reminders, ILogger<ReminderJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await reminders.HandleAsync(cancellationToken);
        log.LogInformation("Recorded {Count} report reminders", count);
    }
}
