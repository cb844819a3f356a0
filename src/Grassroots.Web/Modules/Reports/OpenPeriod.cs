namespace Grassroots.Web.Modules.Reports;

public sealed record OpenPeriodRequest(string? TemplateKey, string? UnitCode, string? Title, DateOnly? From, DateOnly? To, DateOnly? DueOn, string? Recipient,
    IReadOnlyList<string>? UnitCodes = null);

/// <summary>
/// Opens a report period: the unit that will consolidate asks the units listed — by default its sub-units (districts,
/// communes, wards, townships, special zones) that exist in the period — to report on the latest version of a template by
/// a due date. A unit listed must lie under the owner and exist in the period. Asks <see cref="Permission.ConsolidateReports"/>
/// on the owner: the steering committee, the report clerks and the heads open periods over their subtree.
/// </summary>
public sealed class OpenPeriod(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    /// <summary>Sub-units that report by default: districts under a province, communes under a district or a province.</summary>
    private static readonly UnitKind[] ReportingKinds = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public async Task<ReportPeriod> HandleAsync(OpenPeriodRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.TemplateKey, "templateKey", ReportTemplate.KeyMaxLength)
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", FieldLength.Line)
            .Text(r.Recipient, "recipient", FieldLength.Title)
            .Require(r.From is not null, "from", "Validation.Required")
            .Require(r.To is not null, "to", "Validation.Required")
            .Require(r.DueOn is not null, "dueOn", "Validation.Required")
            .Require(r.From is null || r.To is null || (r.From <= r.To && r.To.Value.DayNumber - r.From.Value.DayNumber <= 366 * 5), "to", "Statistics.PeriodInvalid")
            .Require(r.DueOn is null || r.From is null || r.DueOn >= r.From, "dueOn", "Reports.DueBeforeStart")
            .ThrowIfInvalid();
        var owner = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.ConsolidateReports, ct);
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var key = Text.Clean(r.TemplateKey);
        var template = await db.Set<ReportTemplate>().Where(t => t.Key == key).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Reports.TemplateNotFound", key);
        var (from, to) = (r.From!.Value, r.To!.Value);
        RequireExistsIn(owner, from, to);
        List<Unit> units;
        if (r.UnitCodes is { Count: > 0 } codes)
        {
            var clean = codes.Select(Text.Clean).Distinct().ToList();
            units = await db.Units.Where(u => clean.Contains(u.Code)).ToListAsync(ct);
            foreach (var missing in clean.Except(units.Select(u => u.Code)))
            {
                throw DomainException.NotFound("Unit.NotFound", missing);
            }
            foreach (var u in units)
            {
                if (!u.IsInSubtreeOf(owner.Path) || u.Id == owner.Id)
                {
                    throw DomainException.Invalid("Reports.NotASubUnit", u.Name, owner.Name);
                }
                RequireExistsIn(u, from, to);
            }
        }
        else
        {
            units = await db.Units.Where(u => u.ParentId == owner.Id && ReportingKinds.Contains(u.Kind))
                .Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo > from)).ToListAsync(ct);
        }
        var period = new ReportPeriod
        {
            TemplateId = template.Id,
            OwnerUnitId = owner.Id,
            Title = Text.Clean(r.Title),
            From = from,
            To = to,
            DueOn = r.DueOn!.Value,
            Recipient = Text.Clean(r.Recipient),
            Status = PeriodStatus.Open,
            OpenedAt = clock.GetUtcNow().UtcDateTime,
            Units = units.Select(u => new ReportPeriodUnit { UnitId = u.Id }).ToList(),
        };
        db.Add(period);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>The unit must exist on some day of the period.</summary>
    private static void RequireExistsIn(Unit unit, DateOnly from, DateOnly to)
    {
        if ((unit.ValidFrom is not null && unit.ValidFrom > to) || (unit.ValidTo is not null && unit.ValidTo <= from))
        {
            throw DomainException.Invalid("Reports.UnitNotActive", unit.Name, Text.Date(from), Text.Date(to));
        }
    }
}
