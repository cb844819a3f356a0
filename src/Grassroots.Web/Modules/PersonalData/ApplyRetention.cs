using Microsoft.Extensions.Options;
using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Platform.Audit;
using Quartz;

namespace Grassroots.Web.Modules.PersonalData;

/// <summary>
/// The retention period of each kind of record, in whole years after the record ended (its case closed, its session held).
/// No article fixing them was read (docs/personal-data.md, Retention: **unverified**; the archives' retention table may
/// ask to keep complaint and denunciation files longer, or for ever): they are the operator's setting
/// (<c>Retention:LetterYears</c>, <c>Retention:ReceptionVisitYears</c>; 0 keeps a kind for ever), fifteen years unless set —
/// long, to err on the side of keeping what an archive rule may require.
/// </summary>
public sealed class RetentionOptions
{
    public int LetterYears { get; set; } = 15;
    public int ReceptionVisitYears { get; set; } = 15;

    public int YearsOf(PersonalRecordKind kind) => kind switch
    {
        PersonalRecordKind.Letter => LetterYears,
        PersonalRecordKind.ReceptionVisit => ReceptionVisitYears,
        _ => 0,
    };
}

/// <summary>One kind of record under its period: the day before which a record's data is cleared, and how many are due or were cleared.</summary>
public sealed record RetentionRow(PersonalRecordKind Kind, int Years, DateOnly EndedBefore, int Records);

/// <summary>
/// Clears the people's data of the records whose retention period ended (never while a letter of their case is open),
/// every night and on an administrator's request; each kind's run is one audit row with the count, never the data.
/// </summary>
public sealed class ApplyRetention(AppDbContext db, UnitScope scope, IEnumerable<IRetentionSource> sources, IOptions<RetentionOptions> options, AuditRecorder audit, TimeProvider clock)
{
    public const string AuditEntity = "PersonalDataRetention";

    /// <summary>What is due now, by kind, without changing anything; for the national holders of <see cref="Permission.AnswerDataRequests"/>.</summary>
    public async Task<IReadOnlyList<RetentionRow>> DueAsync(CancellationToken ct)
    {
        await scope.RequireAsync(Unit.RootCode, Permission.AnswerDataRequests, ct);
        var rows = new List<RetentionRow>();
        foreach (var (source, years, before) in Periods())
        {
            rows.Add(new RetentionRow(source.Kind, years, before, await source.CountDueAsync(before, ct)));
        }
        return rows;
    }

    /// <summary>The run on a national data officer's request.</summary>
    public async Task<IReadOnlyList<RetentionRow>> HandleAsync(CancellationToken ct = default)
    {
        await scope.RequireAsync(Unit.RootCode, Permission.AnswerDataRequests, ct);
        return await RunAsync(ct);
    }

    /// <summary>The nightly run (no user): every kind, each run audited with its count.</summary>
    public async Task<IReadOnlyList<RetentionRow>> RunAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var rows = new List<RetentionRow>();
        foreach (var (source, years, before) in Periods())
        {
            // The clearing and its audit row commit together: a run that meets another (the night's and an officer's)
            // clears what the other has not, and every cleared record is in one committed row's count.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var cleared = await source.AnonymiseAsync(before, today, ct);
            rows.Add(new RetentionRow(source.Kind, years, before, cleared));
            if (cleared > 0)
            {
                var entry = audit.ConfidentialRead(null, AuditEntity, source.Kind.ToString(), "PersonalData.RetentionAudited");
                entry.Action = AuditAction.Update;
                entry.After = $"{{\"records\":{cleared},\"endedBefore\":\"{before:yyyy-MM-dd}\"}}";
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return rows;
    }

    private IEnumerable<(IRetentionSource Source, int Years, DateOnly Before)> Periods()
    {
        var today = clock.VietnamToday();
        return sources.OrderBy(s => s.Kind).Select(s => (s, options.Value.YearsOf(s.Kind)))
            .Where(x => x.Item2 > 0).Select(x => (x.s, x.Item2, today.AddYears(-x.Item2)));
    }
}

/// <summary>Every night at 02:30 (Vietnam): the retention run.</summary>
public sealed class RetentionJob(ApplyRetention retention, ILogger<RetentionJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var rows = await retention.RunAsync(cancellationToken);
        log.LogInformation("Retention cleared {Count} records", rows.Sum(r => r.Records));
    }
}
