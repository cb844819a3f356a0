using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// Only the values an enum defines cross the edge: a number that names no member ("kind": 99, ?due=99) or a flag the enum
/// does not have is refused with a 400 naming the field, before any use case runs — on the API (JSON bodies, route and
/// query values) and on the pages (form and query values). Stored values are then always values the code knows.
/// </summary>
public static class DefinedEnums
{
    public const string MessageKey = "Validation.Enum";

    /// <summary>A member's value, or for [Flags] a combination of the members' bits.</summary>
    public static bool IsDefined(Enum value)
    {
        var type = value.GetType();
        if (type.IsDefined(typeof(FlagsAttribute), false))
        {
            // Signed: a negative value (every bit set) is no combination of flags, and must not overflow on the way.
            var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0L, (set, v) => set | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
            return bits >= 0 && (bits & ~all) == 0;
        }
        return Enum.IsDefined(type, value);
    }

    /// <summary>Refuses a call whose route or query values name an undefined member (bodies are judged by <see cref="DefinedEnumConverterFactory"/>).</summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var enums = context.MethodInfo.GetParameters()
            .Select((p, i) => (Index: i, p.Name, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsEnum).ToList();
        if (enums.Count == 0)
        {
            return next;
        }
        return invocation =>
        {
            foreach (var (index, name, _) in enums)
            {
                if (invocation.Arguments[index] is Enum value && !IsDefined(value))
                {
                    throw Refusal(name ?? "value");
                }
            }
            return next(invocation);
        };
    }

    public static DomainException Refusal(string field) => new(StatusCodes.Status400BadRequest, "Validation.Failed")
    {
        FieldErrors = new Dictionary<string, string[]> { [field] = [MessageKey] },
    };
}

/// <summary>Reads enums by name (case-insensitive; "A, B" for flags) or by a defined number, and writes their names.</summary>
public sealed class DefinedEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(DefinedEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class DefinedEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            T value;
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && !text.Trim().All(c => char.IsDigit(c) || c == '-')
                && Enum.TryParse(text, ignoreCase: true, out value))
            {
                // A name, or names of flags.
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            {
                // Read as the enums' own width (int): a larger number would be cut to a value that exists.
                value = (T)Enum.ToObject(typeof(T), number);
            }
            else
            {
                throw new RefusedJsonValue(DefinedEnums.MessageKey);
            }
            return DefinedEnums.IsDefined(value) ? value : throw new RefusedJsonValue(DefinedEnums.MessageKey);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

        // As a dictionary's key ({"Complaint": 3}).
        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Enum.TryParse<T>(reader.GetString(), ignoreCase: true, out var value) && DefinedEnums.IsDefined(value)
                ? value
                : throw new JsonException($"'{reader.GetString()}' is not a value of '{typeof(T).Name}'.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
    }
}

/// <summary>On the pages: an enum in a form or a query is bound as usual, then refused when it names no member.</summary>
public sealed class DefinedEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum ? new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>())) : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is Enum value && !DefinedEnums.IsDefined(value))
            {
                throw DefinedEnums.Refusal(bindingContext.ModelName);
            }
        }
    }
}
