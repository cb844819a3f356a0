namespace Grassroots.Web.Modules.Surveys.Questionnaires;

public sealed record QuestionInput(string? Section, string? Text, QuestionKind? Kind, int? ScaleMax, string? Choices, bool Required,
    SurveyFactor? Factor, SurveyAspect? Aspect);

public sealed record SaveQuestionnaireRequest(string? UnitCode, string? Title, string? Introduction, IReadOnlyList<QuestionInput>? Questions, int? Version = null);

/// <summary>
/// A unit's questionnaire: created as a draft, or a draft's title and questions replaced. A published version is never
/// edited (docs/surveys.md): the change is refused and nothing is saved; the unit makes a new version instead.
/// </summary>
[Scoped]
public sealed class SaveQuestionnaire(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public const int MaxQuestions = 100;

    public async Task<Questionnaire> CreateAsync(SaveQuestionnaireRequest r, CancellationToken ct = default)
    {
        Validate(r);
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var q = new Questionnaire
        {
            UnitId = unit.Id,
            Code = "u" + unit.Code + "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)),
            Title = Text.Clean(r.Title),
            Introduction = Text.CleanOrNull(r.Introduction),
            Status = QuestionnaireStatus.Draft,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        q.Questions = Build(q.Id, r.Questions!);
        db.Add(q);
        await db.SaveChangesAsync(ct);
        return q;
    }

    public async Task<Questionnaire> EditAsync(Guid id, SaveQuestionnaireRequest r, CancellationToken ct = default)
    {
        var q = await LoadEditableAsync(db, scope, id, r.Version, ct);
        Validate(r, unitRequired: false);
        q.Title = Text.Clean(r.Title);
        q.Introduction = Text.CleanOrNull(r.Introduction);
        db.RemoveRange(q.Questions);
        q.Questions = Build(q.Id, r.Questions!);
        db.AddRange(q.Questions);
        await db.SaveChangesAsync(ct);
        return q;
    }

    /// <summary>A draft the caller may edit: 404, 403, or 409 with "published, never edited".</summary>
    internal static async Task<Questionnaire> LoadEditableAsync(AppDbContext db, UnitScope scope, Guid id, int? version, CancellationToken ct)
    {
        var q = await db.Set<Questionnaire>().Include(x => x.Unit).Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Surveys.QuestionnaireNotFound");
        if (q.Unit is null)
        {
            throw DomainException.Forbidden("Surveys.TemplateReadOnly");
        }
        await scope.RequireAsync(q.Unit, Permission.Edit, ct);
        if (q.Status == QuestionnaireStatus.Published)
        {
            throw DomainException.Conflict("Surveys.QuestionnairePublished", q.Number);
        }
        if (version is { } v)
        {
            db.Entry(q).Property(x => x.Version).OriginalValue = v;
        }
        return q;
    }

    private static void Validate(SaveQuestionnaireRequest r, bool unitRequired = true)
    {
        var v = new Validation()
            .Text(r.Title, "title", FieldLength.Title)
            .Text(r.Introduction, "introduction", FieldLength.Paragraph, required: false)
            .Require(r.Questions is { Count: > 0 and <= MaxQuestions }, "questions", "Surveys.QuestionsCount");
        if (unitRequired)
        {
            v.Text(r.UnitCode, "unitCode", Unit.CodeMaxLength);
        }
        for (var i = 0; i < (r.Questions?.Count ?? 0) && i < MaxQuestions; i++)
        {
            var x = r.Questions![i];
            var f = $"questions[{i}]";
            v.Text(x.Section, f + ".section", FieldLength.Title)
                .Text(x.Text, f + ".text", FieldLength.Line)
                .Require(x.Kind is { } k && Enum.IsDefined(k), f + ".kind", "Validation.Required")
                .Require(x.Factor is null || Enum.IsDefined(x.Factor.Value), f + ".factor", "Validation.OutOfRange")
                .Require(x.Aspect is null || Enum.IsDefined(x.Aspect.Value), f + ".aspect", "Validation.OutOfRange")
                .Require(x.Kind != QuestionKind.Scale || x.ScaleMax is null or (>= 3 and <= 10), f + ".scaleMax", "Validation.OutOfRange")
                .Require(x.Kind != QuestionKind.Choice || (x.Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length is >= 2 and <= 20,
                    f + ".choices", "Surveys.ChoicesCount")
                .Text(x.Choices, f + ".choices", FieldLength.Paragraph, required: false)
                .Require(x.Aspect != SurveyAspect.Satisfaction || (x.Kind == QuestionKind.Scale && x.Factor is not null), f + ".aspect", "Surveys.SatisfactionIsScale");
        }
        v.ThrowIfInvalid();
    }

    private static List<SurveyQuestion> Build(Guid questionnaireId, IReadOnlyList<QuestionInput> questions) =>
        [.. questions.Select((x, i) => new SurveyQuestion
        {
            QuestionnaireId = questionnaireId,
            Number = i + 1,
            Section = Text.Clean(x.Section),
            Text = Text.Clean(x.Text),
            Kind = x.Kind!.Value,
            ScaleMax = x.Kind == QuestionKind.Scale ? x.ScaleMax ?? 5 : 5,
            Choices = x.Kind == QuestionKind.Choice ? string.Join('\n', x.Choices!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : null,
            Required = x.Required,
            Factor = x.Factor,
            Aspect = x.Aspect,
        })];
}
