namespace Grassroots.Web.Modules.Supervision.Recommendations;

/// <summary>
/// A recommendation, a voter's petition, an issue raised at a dialogue or a head's commitment, as a session, a meeting or a
/// dialogue records it: its text, the unit it is addressed to (and the office, when named), the day it was sent there, and
/// for a commitment the day promised.
/// </summary>
public sealed record NewRecommendation(string? Content, string? AddressedUnitCode, string? AddressedBody, string? Group, string? RaisedBy,
    DateOnly? SentOn, bool? IsPublic, DateOnly? DueOn = null);

/// <summary>
/// What every source shares: the recommendations checked at the edge (each needs an addressee), their addressees found in
/// one query, and their due answers on the legal clock (docs/legal.md SUP-ANSWER), counted once a sending day.
/// </summary>
[Scoped]
public sealed class NewRecommendations(AppDbContext db, SupervisionClock legal, CurrentUser user, TimeProvider clock)
{
    public const int MaxPerRecord = 1000;

    public static void Validate(Validation v, IReadOnlyList<NewRecommendation>? list, string field, bool commitments = false)
    {
        var items = list ?? [];
        v.Require(items.Count <= MaxPerRecord, field, "Validation.OutOfRange");
        for (var i = 0; i < items.Count && i < MaxPerRecord; i++)
        {
            var x = items[i];
            v.Text(x?.Content, $"{field}[{i}].content", FieldLength.Text)
                .Require(!string.IsNullOrWhiteSpace(x?.AddressedUnitCode), $"{field}[{i}].addressedUnitCode", "Supervision.NoAddressee")
                .Text(x?.AddressedUnitCode, $"{field}[{i}].addressedUnitCode", Unit.CodeMaxLength, required: false)
                .Text(x?.AddressedBody, $"{field}[{i}].addressedBody", FieldLength.Name, required: false)
                .Text(x?.Group, $"{field}[{i}].group", FieldLength.Label, required: false)
                .Text(x?.RaisedBy, $"{field}[{i}].raisedBy", FieldLength.PersonName, required: false)
                .Date(x?.SentOn, $"{field}[{i}].sentOn").Date(x?.DueOn, $"{field}[{i}].dueOn")
                .Require(!commitments || x?.DueOn is not null, $"{field}[{i}].dueOn", "Validation.Required");
        }
    }

    /// <summary>
    /// The recommendations of one record, raised in <paramref name="unit"/> on <paramref name="raisedOn"/>: sent that day
    /// unless another day is given (never before it). An addressee that is not a unit of the tree is refused, naming it.
    /// </summary>
    public async Task<List<Recommendation>> BuildAsync(Unit unit, RecommendationSource source, Guid sourceId, DateOnly raisedOn,
        IReadOnlyList<NewRecommendation>? list, bool commitments, CancellationToken ct)
    {
        var items = list ?? [];
        if (items.Count == 0)
        {
            return [];
        }
        var codes = items.Select(x => Text.Clean(x.AddressedUnitCode)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        if (codes.FirstOrDefault(c => !units.ContainsKey(c)) is { } missing)
        {
            throw DomainException.Invalid("Supervision.AddresseeNotFound", missing);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var dues = new Dictionary<DateOnly, LegalDeadline>();
        var result = new List<Recommendation>(items.Count);
        var number = 0;
        foreach (var x in items)
        {
            var sent = x.SentOn ?? raisedOn;
            if (sent < raisedOn)
            {
                throw DomainException.Invalid("Supervision.SentBeforeRaised", Text.Date(sent), Text.Date(raisedOn));
            }
            DateOnly due;
            string explanation;
            if (commitments)
            {
                if (x.DueOn < raisedOn)
                {
                    throw DomainException.Invalid("Supervision.EndBeforeStart");
                }
                due = x.DueOn!.Value;
                explanation = Text.Date(due);
            }
            else
            {
                if (!dues.TryGetValue(sent, out var deadline))
                {
                    dues[sent] = deadline = await legal.StartAsync(SupervisionRuleId.Answer, sent, ct);
                }
                due = deadline.DueOn;
                explanation = deadline.Explanation;
            }
            var addressee = units[Text.Clean(x.AddressedUnitCode)];
            result.Add(new Recommendation
            {
                UnitId = unit.Id,
                Source = source,
                SourceId = sourceId,
                Number = ++number,
                Content = Text.Clean(x.Content),
                Group = Text.CleanOrNull(x.Group),
                RaisedBy = Text.CleanOrNull(x.RaisedBy),
                AddressedUnitId = addressee.Id,
                AddressedBody = Text.CleanOrNull(x.AddressedBody),
                SentOn = sent,
                DueOn = due,
                DueExplanation = explanation.Length > FieldLength.Line ? explanation[..FieldLength.Line] : explanation,
                IsCommitment = commitments,
                IsPublic = x.IsPublic ?? SupervisionRules.PublicByDefault(source),
                CreatedAt = now,
                CreatedBy = user.UserName,
            });
        }
        return result;
    }
}
