using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.LegacyReports;

public sealed record AcceptLegacyReportRequest(int? Version);

/// <summary>What acceptance did: figures stored, stored in place of typed ones, and left because the platform computes them from records for that period.</summary>
public sealed record AcceptOutcome(Guid Id, int Stored, int ReplacedEntered, int ComputedKept);

/// <summary>
/// Accepts an imported report: each figure marked for the indicators goes in for its unit and period, marked as imported
/// from this report (Indicators' <see cref="IImportedIndicators"/>), in the same save as the report's new state. A figure the
/// platform computes from its records for that period is not replaced, and the outcome says so figure by figure.
/// </summary>
public sealed class AcceptLegacyReport(AppDbContext db, UnitScope scope, LegacyReportChanges changes, IImportedIndicators indicators, CurrentUser user, TimeProvider clock)
{
    public async Task<AcceptOutcome> HandleAsync(Guid id, AcceptLegacyReportRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Version is not null, "version", "Validation.Required").ThrowIfInvalid();
        var doc = await changes.LoadAsync(id, r.Version!.Value, ct);
        var chosen = doc.Figures.Where(f => f.Include).OrderBy(f => f.Order).ToList();
        if (chosen.Count == 0) throw DomainException.Invalid("LegacyReports.NothingChosen");
        var incomplete = chosen.FirstOrDefault(f => f.Key is null || f.UnitId is null || f.From is null || f.To is null);
        if (incomplete is not null) throw DomainException.Invalid("LegacyReports.FigureIncomplete", incomplete.Order, incomplete.Quote);
        // Two figures of the report for the same unit, indicator and period cannot both be its value.
        var twice = chosen.GroupBy(f => (f.UnitId, f.Key, f.From, f.To)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw DomainException.Invalid("LegacyReports.FigureTwice", string.Join(", ", twice.Select(f => f.Order)));
        foreach (var unitId in chosen.Select(f => f.UnitId!.Value).Distinct())
        {
            var unit = await db.Units.FirstAsync(u => u.Id == unitId, ct);
            await scope.RequireAsync(unit, Permission.Edit, ct);
        }
        // The report is claimed first, against the version read: of two officers accepting at once, the second finds it
        // changed (409) before it writes any figure; the figures follow in the same transaction, or nothing does.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        doc.Status = LegacyReportStatus.Accepted;
        doc.AcceptedBy = user.UserName ?? "system";
        doc.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var outcomes = await indicators.StageAsync(doc.Id, chosen.Select(f => new ImportedIndicatorValue(f.UnitId!.Value, f.Key!, f.From!.Value, f.To!.Value, f.Value)).ToList(), ct);
        for (var i = 0; i < chosen.Count; i++)
        {
            chosen[i].Outcome = outcomes[i] switch
            {
                ImportedValueOutcome.ReplacedEntered => FigureOutcome.ReplacedEntered,
                ImportedValueOutcome.ComputedKept => FigureOutcome.ComputedKept,
                _ => FigureOutcome.Stored,
            };
        }
        foreach (var f in doc.Figures.Where(f => !f.Include)) f.Outcome = FigureOutcome.Left;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AcceptOutcome(doc.Id, outcomes.Count(o => o == ImportedValueOutcome.Stored), outcomes.Count(o => o == ImportedValueOutcome.ReplacedEntered),
            outcomes.Count(o => o == ImportedValueOutcome.ComputedKept));
    }
}
