using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// Text that crosses the edge is text: no NUL, no bell, no escape sequence. Control characters have no place in a name,
/// a code or a letter (PostgreSQL refuses a NUL in text outright, and an escape sequence shown in a terminal or a
/// spreadsheet can disguise what was written); line breaks and tabs are kept. Refused with a 400 before any use case runs:
/// in route and query values here, in JSON bodies by <see cref="PrintableStringConverter"/>, in forms by
/// <see cref="Validation.Text"/>.
/// </summary>
public static class PrintableInput
{
    public const string MessageKey = "Validation.ControlCharacters";

    /// <summary>Early in the pipeline: a path or a query value with a control character in it goes no further.</summary>
    public static IApplicationBuilder UsePrintableInput(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        // The error page, re-executed for this very request (same query), must answer, not refuse again.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }
        if (request.Path.Value is { } path && path.Any(char.IsControl))
        {
            throw Refusal("path");
        }
        foreach (var (name, values) in request.Query)
        {
            if (Text.HasControlCharacters(name) || values.Any(v => v is not null && Text.HasControlCharacters(v)))
            {
                throw Refusal(Text.HasControlCharacters(name) ? "query" : name);
            }
        }
        return next(context);
    });

    public static DomainException Refusal(string field) => new(StatusCodes.Status400BadRequest, "Validation.Failed")
    {
        FieldErrors = new Dictionary<string, string[]> { [field] = [MessageKey] },
    };
}

/// <summary>Reads JSON strings, refusing those with a control character other than a tab or a line break.</summary>
public sealed class PrintableStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A text is expected.");
        return text is not null && Text.HasControlCharacters(text)
            ? throw new RefusedJsonValue(PrintableInput.MessageKey)
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON value refused for what it is, not for how it is written: answered as a 400 naming the field.</summary>
public sealed class RefusedJsonValue(string messageKey) : JsonException(messageKey)
{
    public string MessageKey { get; } = messageKey;
}
