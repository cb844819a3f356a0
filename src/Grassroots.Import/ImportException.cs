using System.Globalization;
using System.Resources;

namespace Grassroots.Import;

/// <summary>Why a file cannot be imported.</summary>
public enum ImportError
{
    Empty, TooLarge, UnsupportedFormat, NotAReport, NoText, Encrypted, Corrupt, ZipBomb, TooManyPages, MixedEncodings, OcrUnavailable, OcrFailed, OcrTimeout,
}

/// <summary>A file refused, with the reason in words for its user (Vietnamese, or English when asked).</summary>
public sealed class ImportException(ImportError error, params object[] args) : Exception(Describe(error, CultureInfo.InvariantCulture, args))
{
    static readonly ResourceManager Messages = new("Grassroots.Import.Resources.ImportMessages", typeof(ImportException).Assembly);

    /// <summary>Why.</summary>
    public ImportError Error { get; } = error;

    /// <summary>The values the message names (a size, a page count).</summary>
    public IReadOnlyList<object> Arguments { get; } = args;

    /// <summary>The resource key of the message, e.g. "Import.Error.Encrypted".</summary>
    public string Key => $"Import.Error.{Error}";

    /// <summary>The message in the culture asked for (Vietnamese by default).</summary>
    public string MessageIn(CultureInfo culture) => Describe(Error, culture, [.. Arguments]);

    static string Describe(ImportError error, CultureInfo culture, object[] args)
    {
        var ui = culture.Equals(CultureInfo.InvariantCulture) ? CultureInfo.GetCultureInfo("vi") : culture;
        var format = Messages.GetString($"Import.Error.{error}", ui) ?? error.ToString();
        return string.Format(ui, format, args);
    }
}
