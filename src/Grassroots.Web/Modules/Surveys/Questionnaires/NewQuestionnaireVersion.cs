namespace Grassroots.Web.Modules.Surveys.Questionnaires;

public sealed record NewVersionRequest(string? UnitCode);

/// <summary>
/// A new draft version of a questionnaire, its questions copied: the way to change a published one. A unit's own
/// questionnaire gets its next number; the shipped template is copied into the unit as a questionnaire of its own.
/// </summary>
public sealed class NewQuestionnaireVersion(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<Questionnaire> HandleAsync(Guid id, NewVersionRequest r, CancellationToken ct = default)
    {
        var source = await db.Set<Questionnaire>().AsNoTracking().Include(x => x.Unit).Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Surveys.QuestionnaireNotFound");
        Unit unit;
        string code;
        int number;
        if (source.Unit is { } owner)
        {
            await scope.RequireAsync(owner, Permission.Edit, ct);
            unit = owner;
            code = source.Code;
            number = await db.Set<Questionnaire>().Where(x => x.Code == source.Code).MaxAsync(x => x.Number, ct) + 1;
        }
        else
        {
            new Validation().Text(r.UnitCode, "unitCode", Unit.CodeMaxLength).ThrowIfInvalid();
            unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
            code = "u" + unit.Code + "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
            number = 1;
        }
        var q = new Questionnaire
        {
            UnitId = unit.Id,
            Code = code,
            Number = number,
            Title = source.Title,
            Introduction = source.Introduction,
            Status = QuestionnaireStatus.Draft,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        q.Questions = [.. source.Questions.OrderBy(x => x.Number).Select(x => new SurveyQuestion
        {
            QuestionnaireId = q.Id, Number = x.Number, Section = x.Section, Text = x.Text, Kind = x.Kind, ScaleMax = x.ScaleMax,
            Choices = x.Choices, Required = x.Required, Factor = x.Factor, Aspect = x.Aspect,
        })];
        db.Add(q);
        await db.SaveChangesAsync(ct);
        return q;
    }
}
