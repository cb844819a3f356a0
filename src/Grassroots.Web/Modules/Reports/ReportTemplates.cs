using System.Text.Json;
using System.Text.RegularExpressions;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

public sealed record TemplateDto(string Key, int Version, string Name, DateTime CreatedAt, string CreatedBy, TemplateBody? Body);

public sealed record SaveTemplateRequest(string? Name, TemplateBody? Body);

/// <summary>Report templates, versioned: administrators of the national root save a new version; periods keep theirs.</summary>
public sealed partial class ReportTemplates(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<List<TemplateDto>> ListAsync(CancellationToken ct = default)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var all = await db.Set<ReportTemplate>().AsNoTracking().OrderBy(t => t.Key).ThenByDescending(t => t.Version).ToListAsync(ct);
        return all.GroupBy(t => t.Key).Select(g => g.First()).Select(t => new TemplateDto(t.Key, t.Version, t.Name, t.CreatedAt, t.CreatedBy, null)).ToList();
    }

    public async Task<TemplateDto> GetAsync(string key, CancellationToken ct = default)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var clean = Text.Clean(key);
        var t = await db.Set<ReportTemplate>().AsNoTracking().Where(x => x.Key == clean).OrderByDescending(x => x.Version).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Reports.TemplateNotFound", clean);
        return new TemplateDto(t.Key, t.Version, t.Name, t.CreatedAt, t.CreatedBy, t.Parse());
    }

    /// <summary>Saves a new version (or the first one of a new key). Every figure must name an indicator of the catalogue.</summary>
    public async Task<TemplateDto> SaveAsync(string key, SaveTemplateRequest r, CancellationToken ct = default)
    {
        var clean = Text.Clean(key);
        var v = new Validation()
            .Require(clean.Length is > 0 and <= ReportTemplate.KeyMaxLength && clean.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "key", "Reports.TemplateKey")
            .Text(r.Name, "name", 300)
            .Require(r.Body is { Sections.Count: > 0 }, "body", "Validation.Required");
        if (r.Body is { } body)
        {
            v.Text(body.IssuingBody, "body.issuingBody", 300).Text(body.DocumentType, "body.documentType", 100).Text(body.Summary, "body.summary", 500)
                .Text(body.SignerTitle, "body.signerTitle", 200).Text(body.SignerAuthority, "body.signerAuthority", 200).Text(body.Symbol, "body.symbol", 50);
            foreach (var unknown in UnknownKeys(body))
            {
                v.Require(false, $"body.{unknown}", "Reports.UnknownIndicator");
            }
        }
        v.ThrowIfInvalid();
        var root = await db.Units.FirstAsync(u => u.ParentId == null, ct);
        await scope.RequireAsync(root, Permission.ManageUnits, ct);
        var last = await db.Set<ReportTemplate>().Where(t => t.Key == clean).MaxAsync(t => (int?)t.Version, ct) ?? 0;
        var t = new ReportTemplate
        {
            Key = clean,
            Version = last + 1,
            Name = Text.Clean(r.Name),
            Body = r.Body!.ToJson(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName ?? "system",
        };
        db.Add(t);
        await db.SaveChangesAsync(ct);
        return new TemplateDto(t.Key, t.Version, t.Name, t.CreatedAt, t.CreatedBy, r.Body);
    }

    [GeneratedRegex(@"\{(?<key>[a-z_]+(\.[a-z_]+)+)(:[a-z0-9]+)?\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> UnknownKeys(TemplateBody body)
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
        return keys.Where(k => IndicatorCatalogue.Find(k) is null).Order(StringComparer.Ordinal);
    }

    public static TemplateBody? ParseOrNull(string json)
    {
        try
        {
            return TemplateBody.FromJson(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
