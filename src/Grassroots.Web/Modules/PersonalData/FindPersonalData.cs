using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Modules.PersonalData.Contracts;

namespace Grassroots.Web.Modules.PersonalData;

/// <summary>Who is asked for: the unit whose subtree is searched and at least one exact key.</summary>
public sealed record PersonalDataRequest(string? Unit, string? Phone, string? IdNumber, string? Name);

public sealed record PersonalDataResult(string UnitCode, string UnitName, PersonalKey SearchedBy, DateTime SearchedAt, IReadOnlyList<PersonalRecord> Records);

/// <summary>
/// A person's data on request (docs/personal-data.md): every record the modules keep about the person in the unit's
/// subtree and the units merged into it. The search is written to the audit log — who, when, which unit, by which keys
/// and how many records — never the values searched nor what was found.
/// </summary>
public sealed class FindPersonalData(AppDbContext db, UnitScope scope, UnitLineage lineage, IEnumerable<IPersonalDataSource> sources,
    AuditRecorder audit, TimeProvider clock)
{
    public const string AuditEntity = "PersonalDataSearch";
    public const string AuditReason = "PersonalData.Audited";

    public async Task<PersonalDataResult> HandleAsync(PersonalDataRequest r, CancellationToken ct = default)
    {
        var phone = Text.CleanOrNull(r.Phone);
        var idNumber = Text.CleanOrNull(r.IdNumber);
        var name = Text.CleanOrNull(r.Name);
        new Validation()
            .Text(r.Unit, "unit", Unit.CodeMaxLength)
            .Text(phone, "phone", FieldLength.ShortCode, required: false)
            .Text(idNumber, "idNumber", FieldLength.IdNumber, required: false)
            .Text(name, "name", FieldLength.PersonName, required: false)
            .Require(phone is not null || idNumber is not null || name is not null, "phone", "PersonalData.KeyRequired")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.Unit!), Permission.AnswerDataRequests, ct);
        var query = new PersonalDataQuery(await lineage.RollUpPathsAsync(unit, ct), phone, idNumber, name);
        var records = new List<PersonalRecord>();
        foreach (var source in sources)
        {
            records.AddRange(await source.FindAsync(query, ct));
        }
        var keys = (phone is null ? PersonalKey.None : PersonalKey.Phone) | (idNumber is null ? PersonalKey.None : PersonalKey.IdNumber)
            | (name is null ? PersonalKey.None : PersonalKey.Name);
        var entry = audit.ConfidentialRead(unit.Id, AuditEntity, keys.ToString(), AuditReason);
        entry.After = $"{{\"records\":{records.Count}}}";
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        var ordered = records.OrderBy(x => x.Kind).ThenByDescending(x => x.On).ThenBy(x => x.Reference, StringComparer.Ordinal).ToList();
        return new PersonalDataResult(unit.Code, unit.Name, keys, clock.GetUtcNow().UtcDateTime, ordered);
    }
}
