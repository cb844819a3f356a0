using System.Text.RegularExpressions;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

public sealed record SaveTemplateRequest(string? Name, TemplateBody? Body);

/// <summary>
/// Saves a new version of a report template (or the first one of a new key); periods keep the version they were opened
/// with. Administrators of the national root only. Every figure the template prints must name an indicator of the catalogue.
/// </summary>
public sealed partial class SaveTemplate(AppDbContext db, UnitScope scope, IIndicatorCatalogue catalogue, CurrentUser user, TimeProvider clock)
{
    public async Task<ReportTemplate> HandleAsync(string key, SaveTemplateRequest r, CancellationToken ct = default)
    {
        var clean = Text.Clean(key);
        var v = new Validation()
            .Require(clean.Length is > 0 and <= ReportTemplate.KeyMaxLength && clean.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "key", "Reports.TemplateKey")
            .Text(r.Name, "name", FieldLength.Title)
            .Require(r.Body is { Sections.Count: > 0 }, "body", "Validation.Required");
        if (r.Body is { } body)
        {
            v.Text(body.IssuingBody, "body.issuingBody", FieldLength.Title).Text(body.DocumentType, "body.documentType", FieldLength.Label).Text(body.Summary, "body.summary", FieldLength.Line)
                .Text(body.SignerTitle, "body.signerTitle", FieldLength.Name).Text(body.SignerAuthority, "body.signerAuthority", FieldLength.Name).Text(body.Symbol, "body.symbol", FieldLength.DocumentNumber);
            var sections = body.AllSections().ToList();
            v.Require(sections.Count <= 200, "body.sections", "Reports.TemplateTooBig");
            foreach (var (section, i) in sections.Select((x, i) => (x, i)))
            {
                v.Require(!string.IsNullOrWhiteSpace(section.Title) && section.Title.Length <= FieldLength.Line, $"body.sections[{i}].title", "Reports.SectionTitleRequired");
                foreach (var b in (section.Blocks ?? []).OfType<TemplateBlock>())
                {
                    v.Require(b.Kind switch
                    {
                        BlockKind.Text or BlockKind.Figures => !string.IsNullOrWhiteSpace(b.Text) && b.Text.Length <= FieldLength.Paragraph
                            && (b.Footnote?.Length ?? 0) <= FieldLength.Paragraph,
                        BlockKind.Table => b.Keys is { Count: > 0 and <= 12 },
                        BlockKind.Documents => !string.IsNullOrWhiteSpace(b.Text) && b.Text.Length <= FieldLength.Paragraph,
                        BlockKind.Tasks => (b.Text?.Length ?? 0) <= FieldLength.Paragraph,
                        BlockKind.Prose => b.ProseKey is { Length: > 0 and <= 60 } k && k.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
                            && (b.Hint?.Length ?? 0) <= FieldLength.Paragraph,
                        _ => false,
                    }, $"body.sections[{i}].blocks", $"Reports.Block.{b.Kind}");
                }
            }
            foreach (var unknown in UnknownKeys(body))
            {
                v.Require(false, $"body.{unknown}", "Reports.UnknownIndicator");
            }
        }
        v.ThrowIfInvalid();
        var root = await db.Units.FirstAsync(u => u.ParentId == null, ct);
        await scope.RequireAsync(root, Permission.ManageUnits, ct);
        var last = await db.Set<ReportTemplate>().Where(t => t.Key == clean).MaxAsync(t => (int?)t.Version, ct) ?? 0;
        var template = new ReportTemplate
        {
            Key = clean,
            Version = last + 1,
            Name = Text.Clean(r.Name),
            Body = r.Body!.ToJson(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName ?? "system",
        };
        db.Add(template);
        await db.SaveChangesAsync(ct);
        return template;
    }

    [GeneratedRegex(@"\{(?<key>[a-z_]+(\.[a-z_]+)+)(:[a-z0-9]+)?\}")]
    private static partial Regex Placeholder();

    /// <summary>The indicator keys the template names, in its figures or its tables, that the catalogue does not hold.</summary>
    private IEnumerable<string> UnknownKeys(TemplateBody body)
    {
        var keys = new HashSet<string>();
        foreach (var b in body.AllBlocks())
        {
            foreach (var text in new[] { b.Text, b.Footnote }.OfType<string>())
            {
                foreach (Match m in Placeholder().Matches(text))
                {
                    keys.Add(m.Groups["key"].Value);
                }
            }
            foreach (var k in b.Keys ?? [])
            {
                keys.Add(k);
            }
        }
        return keys.Where(k => catalogue.Find(k) is null).Order(StringComparer.Ordinal);
    }
}
