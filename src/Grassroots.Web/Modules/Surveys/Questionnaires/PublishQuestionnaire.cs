namespace Grassroots.Web.Modules.Surveys.Questionnaires;

public sealed record PublishQuestionnaireRequest(int? Version);

/// <summary>A draft becomes a published version: from then on it is never edited, and campaigns may use it.</summary>
public sealed class PublishQuestionnaire(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<Questionnaire> HandleAsync(Guid id, PublishQuestionnaireRequest r, CancellationToken ct = default)
    {
        var q = await SaveQuestionnaire.LoadEditableAsync(db, scope, id, r.Version, ct);
        q.Status = QuestionnaireStatus.Published;
        q.PublishedOn = clock.VietnamToday();
        await db.SaveChangesAsync(ct);
        return q;
    }
}
