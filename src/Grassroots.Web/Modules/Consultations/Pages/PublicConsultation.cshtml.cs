using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Consultations.Pages;

/// <summary>A draft on the portal: read it, comment, read others' comments a page at a time, and the answered summary.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicConsultationModel(ConsultationReader reader, SubmitComment submit) : AppPageModel
{
    public ConsultationDto? Item { get; private set; }
    public CommentPage? Comments { get; private set; }
    public bool Sent { get; private set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? AuthorName { get; set; }
    [BindProperty] public string? AuthorAddress { get; set; }
    [BindProperty] public string? HouseholdCode { get; set; }

    /// <summary>Comments oldest first (<c>?order=oldest</c>) rather than newest first.</summary>
    public bool OldestFirst { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, Guid? before, string? order, CancellationToken ct)
    {
        Item = await reader.GetPublicAsync(unitCode, id, ct);
        OldestFirst = order == "oldest";
        Comments = await reader.CommentsAsync(id, before, withAuthors: false, ct, OldestFirst);
    }

    public async Task<IActionResult> OnPostAsync(string unitCode, Guid id, CancellationToken ct)
    {
        Item = await reader.GetPublicAsync(unitCode, id, ct);
        var result = await RunAsync(async () =>
        {
            await submit.HandleAsync(id, new CommentRequest(Text, AuthorName, AuthorAddress, HouseholdCode), ct);
            Sent = true;
            return Page();
        });
        Item = await reader.GetPublicAsync(unitCode, id, ct);
        Comments = await reader.CommentsAsync(id, null, withAuthors: false, ct);
        return result;
    }
}
