namespace Grassroots.Web.Platform.Http;

/// <summary>
/// A refusal the user can act on. <see cref="MessageKey"/> names a string in Resources/SharedResource,
/// formatted with <see cref="Arguments"/>; it becomes an RFC 7807 problem (API) or a form error (pages).
/// </summary>
public class DomainException(int status, string messageKey, params object?[] arguments) : Exception(messageKey)
{
    public int Status { get; } = status;
    public string MessageKey { get; } = messageKey;
    public object?[] Arguments { get; } = arguments;

    /// <summary>For a 429: when the caller may try again (sent as Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Field → message keys, for validation failures.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    public static DomainException NotFound(string key, params object?[] args) => new(StatusCodes.Status404NotFound, key, args);
    public static DomainException Forbidden(string key, params object?[] args) => new(StatusCodes.Status403Forbidden, key, args);
    public static DomainException Conflict(string key, params object?[] args) => new(StatusCodes.Status409Conflict, key, args);
    public static DomainException Invalid(string key, params object?[] args) => new(StatusCodes.Status400BadRequest, key, args);
}

/// <summary>Collects field errors at the edge and throws them together.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public Validation Require(bool condition, string field, string messageKey)
    {
        if (!condition)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }
            list.Add(messageKey);
        }
        return this;
    }

    /// <summary>
    /// A text field: present when <paramref name="required"/>, at most <paramref name="maxLength"/> characters, and with no
    /// control character but line breaks and tabs (a NUL or a BEL is refused here, naming the field, rather than failing
    /// at the database or reaching an officer's screen).
    /// </summary>
    public Validation Text(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Require(!required, field, "Validation.Required");
        }
        return Require(value.Length <= maxLength, field, "Validation.TooLong")
            .Require(!Platform.Text.HasControlCharacters(value), field, PrintableInput.MessageKey);
    }

    /// <summary>Dates the platform counts with: 1/1/1900 to 31/12/2100 (the working calendar's years); none is also fine.</summary>
    public Validation Date(DateOnly? value, string field) =>
        Require(value is null || value.Value.Year is >= Validation.FirstYear and <= Validation.LastYear, field, "Validation.DateOutOfRange");

    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public bool IsValid => _errors.Count == 0;

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            };
        }
    }
}
