using Grassroots.Web.Modules.Surveys.Questionnaires;

namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>A questionnaire version and its questions; a draft is published here, and any version gives a new draft version.</summary>
public sealed class QuestionnaireModel(SurveyReader reader, PublishQuestionnaire publish, NewQuestionnaireVersion newVersion, UnitPicker picker) : AppPageModel
{
    public QuestionnaireView Questionnaire { get; private set; } = null!;
    public bool IsTemplate { get; private set; }
    public List<UnitOption> Units { get; private set; } = [];
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public string? CopyUnit { get; set; }

    public async Task OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await SaveThenGoAsync(() => publish.HandleAsync(Questionnaire.Id, new PublishQuestionnaireRequest(Version), ct), "Surveys.PublishedDone",
            $"/surveys/questionnaires/{Questionnaire.Id}");
    }

    public async Task<IActionResult> OnPostVersionAsync(string id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            var sourceId = Questionnaire.Id;
            if (IsTemplate)
            {
                throw DomainException.Invalid("Surveys.TemplateFirstUse");
            }
            var q = await newVersion.HandleAsync(sourceId, new NewVersionRequest(CopyUnit), ct);
            Flash = L["Surveys.VersionCreated"].Value;
            return Redirect($"/surveys/questionnaires/{q.Id}");
        });
    }

    private async Task LoadAsync(string id, CancellationToken ct)
    {
        if (id == "template")
        {
            var laid = (await reader.QuestionnairesAsync(ct)).FirstOrDefault(q => q.Code == SurveyTemplate.Code && q.UnitName is null);
            IsTemplate = laid is null;
            Questionnaire = laid is null ? SurveyReader.Template() : await reader.QuestionnaireAsync(laid.Id, ct);
        }
        else if (Guid.TryParse(id, out var guid))
        {
            Questionnaire = await reader.QuestionnaireAsync(guid, ct);
        }
        else
        {
            throw DomainException.NotFound("Surveys.QuestionnaireNotFound");
        }
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
    }
}
