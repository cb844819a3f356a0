using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Grassroots.Web.Platform.Audit;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.AuditLog;

/// <summary>One changed field of an audit row, as a person reads it: "Trạng thái: Đã phân loại → Đã thụ lý".</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>
/// An audit row in the reader's language: the kind of record ("Đơn", not "Petition"), its fields by their labels and
/// their values as the pages show them (an enum by its label, a day as 23/11/2026, yes or no), and the fields that
/// changed between the stored before and after — the log keeps its JSON, a person reads the difference.
/// </summary>
[Scoped]
public sealed class AuditChanges(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    private const int Longest = 300;

    public string Entity(string entityType) => Label($"AuditEntity.{entityType}") ?? entityType;

    /// <summary>Every kind of record the log names, by its label in the reader's language (the filter's choices).</summary>
    public IReadOnlyList<(string Type, string Label)> Entities() =>
        t.GetAllStrings(includeParentCultures: false).Where(s => s.Name.StartsWith("AuditEntity.", StringComparison.Ordinal))
            .Select(s => (s.Name["AuditEntity.".Length..], s.Value)).OrderBy(e => e.Value, Text.VietnameseOrder).ToList();

    /// <summary>A field's label: the audit log's own, or the forms' label of that field.</summary>
    public string Field(string entityType, string property) =>
        Label($"AuditField.{entityType}.{property}") ?? Label($"AuditField.{property}")
        ?? Label($"Field.{char.ToLowerInvariant(property[0])}{property[1..]}") ?? property;

    /// <summary>The fields of the row: for a change, those whose value differs; for a creation or a removal, every filled one.</summary>
    public IReadOnlyList<AuditChange> Of(AuditRow row)
    {
        var before = Parse(row.Before);
        var after = Parse(row.After);
        var entity = db.Model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == row.EntityType && !e.IsOwned());
        var changes = new List<AuditChange>();
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var property = entity?.FindProperty(name);
            if (property?.IsPrimaryKey() == true)
            {
                continue; // the record is named in its own column
            }
            var reference = property?.GetContainingForeignKeys().Select(k => k.PrincipalEntityType.ClrType).FirstOrDefault();
            if (reference is not null && reference != typeof(Unit) && reference != typeof(AppUser) && row.Action != AuditAction.Update)
            {
                continue; // a key of another record says nothing to a reader; its change (an update) is still shown
            }
            // Another record named only by its id (a report a value was imported from): the id says nothing to a reader.
            if (reference is null && name.EndsWith("Id", StringComparison.Ordinal) && property?.ClrType is { } idType && (Nullable.GetUnderlyingType(idType) ?? idType) == typeof(Guid))
            {
                continue;
            }
            var old = before.TryGetValue(name, out var b) ? Value(entity, name, b, reference) : null;
            var now = after.TryGetValue(name, out var a) ? Value(entity, name, a, reference) : null;
            if (old == now || (row.Action == AuditAction.Update && !before.ContainsKey(name)))
            {
                continue;
            }
            changes.Add(new AuditChange(Field(row.EntityType, name), old, now));
        }
        return changes;
    }

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private readonly Dictionary<(Type, string), string?> _names = [];

    private string? Value(IEntityType? entity, string name, JsonElement value, Type? reference)
    {
        if (reference is not null && value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            // A unit or an account by its name, not its key.
            var key = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (!_names.TryGetValue((reference, key), out var named))
            {
                named = reference == typeof(Unit) && int.TryParse(key, CultureInfo.InvariantCulture, out var unitId)
                    ? db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefault()
                    : reference == typeof(AppUser) && Guid.TryParse(key, out var userId)
                        ? db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName + " (" + u.UserName + ")").FirstOrDefault()
                        : null;
                _names[(reference, key)] = named;
            }
            if (named is not null)
            {
                return named;
            }
        }
        var type = entity?.FindProperty(name)?.ClrType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => t["Common.Yes"].Value,
            JsonValueKind.False => t["Common.No"].Value,
            // A set of flags reads "Meeting, Online": each by its label.
            JsonValueKind.String when type is { IsEnum: true } => string.Join(", ", value.GetString()!.Split(", ").Select(v => Label($"{type.Name}.{v}") ?? v)),
            // A file's type reads as its kind ("PDF", "DOCX"), not its MIME type ("application/pdf").
            JsonValueKind.String when name == "ContentType" && new[] { FileKind.Pdf, FileKind.Jpg, FileKind.Png, FileKind.Docx, FileKind.Xlsx }
                .FirstOrDefault(k => k.ContentType == value.GetString()) is { } kind => kind.Extension.TrimStart('.').ToUpperInvariant(),
            // An indicator's key reads as the indicator's name.
            JsonValueKind.String when name == "Key" && Label($"Indicator.{value.GetString()}") is { } indicator => indicator,
            JsonValueKind.String when type == typeof(DateOnly) && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var day) => Text.Date(day),
            JsonValueKind.String when type == typeof(DateTime) && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) => Text.DateTime(at),
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return text.Length > Longest ? text[..Longest] + "…" : text;
    }

    private string? Label(string key)
    {
        var found = t[key];
        return found.ResourceNotFound ? null : found.Value;
    }
}
