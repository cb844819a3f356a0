using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Dialogues;

public sealed record RecordDialogueRequest(string? UnitCode, string? HeadName, string? HeadTitle, DialogueGroup? Group, DateOnly? AnnouncedOn,
    DateOnly? HeldOn, string? Place, int? Participants, bool? RequestedByVoters, string? Summary, IReadOnlyList<NewRecommendation>? Issues,
    IReadOnlyList<NewRecommendation>? Commitments, int? VotersAsking = null, int? Voters = null);

public sealed record PublishResultsRequest(DateOnly? PublishedOn);

/// <summary>
/// A head's dialogue with the people or a group. A commune's dialogue with the people is announced at least 7 days ahead
/// (docs/legal.md DLG-ANNOUNCE-7: held earlier, it is refused) and its results are due within 10 days (DLG-RESULTS-10).
/// The issues raised go to the tracker with their addressees; the head's commitments are followed to their promised day.
/// </summary>
public sealed class RecordDialogue(AppDbContext db, UnitScope scope, NewRecommendations recommendations, SupervisionClock legal, CurrentUser user, TimeProvider clock)
{
    public async Task<Dialogue> HandleAsync(RecordDialogueRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.HeadName, "headName", FieldLength.PersonName)
            .Text(r.HeadTitle, "headTitle", FieldLength.Name)
            .Require(r.Group is not null, "group", "Validation.Required")
            .Require(r.AnnouncedOn is not null, "announcedOn", "Validation.Required").Date(r.AnnouncedOn, "announcedOn")
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required").Date(r.HeldOn, "heldOn")
            .Require(r.AnnouncedOn is null || r.HeldOn is null || r.HeldOn >= r.AnnouncedOn, "heldOn", "Supervision.EndBeforeStart")
            .Text(r.Place, "place", FieldLength.Name)
            .Require(r.Participants is null or (>= 0 and <= 1_000_000), "participants", "Validation.OutOfRange")
            .Text(r.Summary, "summary", FieldLength.Minutes, required: false)
            .Require(r.VotersAsking is null or (>= 0 and <= 10_000_000), "votersAsking", "Validation.OutOfRange")
            .Require(r.Voters is null or (>= 1 and <= 10_000_000), "voters", "Validation.OutOfRange")
            .Require(r.RequestedByVoters != true || r.VotersAsking is not null, "votersAsking", "Validation.Required")
            .Require(r.RequestedByVoters != true || r.Voters is not null, "voters", "Validation.Required");
        NewRecommendations.Validate(v, r.Issues, "issues");
        NewRecommendations.Validate(v, r.Commitments, "commitments", commitments: true);
        v.ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var held = r.HeldOn!.Value;
        if (held > clock.VietnamToday())
        {
            throw DomainException.Invalid("Supervision.InTheFuture");
        }
        var dialogue = new Dialogue
        {
            UnitId = unit.Id,
            HeadName = Text.Clean(r.HeadName),
            HeadTitle = Text.Clean(r.HeadTitle),
            Group = r.Group!.Value,
            AnnouncedOn = r.AnnouncedOn!.Value,
            HeldOn = held,
            Place = Text.Clean(r.Place),
            Participants = r.Participants ?? 0,
            RequestedByVoters = r.RequestedByVoters == true,
            VotersAsking = r.RequestedByVoters == true ? r.VotersAsking : null,
            Voters = r.RequestedByVoters == true ? r.Voters : null,
            Summary = Text.CleanOrNull(r.Summary),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        if (dialogue.RequestedByVoters && !SupervisionRules.EnoughVotersAsked(dialogue.VotersAsking!.Value, dialogue.Voters!.Value))
        {
            throw DomainException.Invalid("Supervision.TooFewVotersAsked", dialogue.VotersAsking.Value, dialogue.Voters.Value, SupervisionRules.DialogueCitation);
        }
        var announce = SupervisionRules.All[SupervisionRuleId.DialogueAnnounced];
        if (unit.Kind.IsCommuneLevel() && dialogue.Group == DialogueGroup.People && announce.AppliesOn(held))
        {
            var ahead = await legal.StartAsync(SupervisionRuleId.DialogueAnnounced, dialogue.AnnouncedOn, ct);
            if (held < ahead.DueOn)
            {
                throw DomainException.Invalid("Supervision.AnnouncedTooLate", Text.Date(dialogue.AnnouncedOn), Text.Date(held), Text.Date(ahead.DueOn), announce.Citation);
            }
            dialogue.ResultsDueOn = (await legal.StartAsync(SupervisionRuleId.DialogueResults, held, ct)).DueOn;
        }
        var issues = await recommendations.BuildAsync(unit, RecommendationSource.Dialogue, dialogue.Id, held, r.Issues, false, ct);
        var commitments = await recommendations.BuildAsync(unit, RecommendationSource.Dialogue, dialogue.Id, held, r.Commitments, true, ct);
        var n = issues.Count;
        foreach (var c in commitments)
        {
            c.Number = ++n;
        }
        db.Add(dialogue);
        db.AddRange(issues);
        db.AddRange(commitments);
        await db.SaveChangesAsync(ct);
        return dialogue;
    }
}

/// <summary>The dialogue's results were published (posted, broadcast, sent to the village heads); late when after their due day.</summary>
public sealed class PublishDialogueResults(AppDbContext db, UnitScope scope)
{
    public async Task<Dialogue> HandleAsync(Guid id, PublishResultsRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.PublishedOn is not null, "publishedOn", "Validation.Required").Date(r.PublishedOn, "publishedOn").ThrowIfInvalid();
        var d = await db.Set<Dialogue>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Supervision.DialogueNotFound");
        await scope.RequireAsync(d.Unit!, Permission.Edit, ct);
        if (r.PublishedOn < d.HeldOn)
        {
            throw DomainException.Invalid("Supervision.EndBeforeStart");
        }
        d.ResultsPublishedOn = r.PublishedOn;
        await db.SaveChangesAsync(ct);
        return d;
    }
}
