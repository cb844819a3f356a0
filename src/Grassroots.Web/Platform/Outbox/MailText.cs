using System.Globalization;
using System.Net;
using System.Text;

namespace Grassroots.Web.Platform.Outbox;

/// <summary>A message's text in the recipient's language, as plain text and as HTML (every value encoded).</summary>
public static class MailText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    /// <summary>Vietnamese unless the recipient chose English ("en", "en-US").</summary>
    public static CultureInfo CultureOf(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Vi;

    /// <summary>Renders in a language: the UI culture is the recipient's for the call, then the caller's again.</summary>
    public static T In<T>(string? language, Func<T> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureOf(language);
        CultureInfo.CurrentCulture = CultureOf(language);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }

    public sealed record Mail(string Subject, string Text, string Html);

    /// <summary>A mail of a greeting, paragraphs, an optional link and a closing line.</summary>
    public static Mail Compose(string subject, string greeting, IEnumerable<string> paragraphs, (string Label, string Url)? link, string closing)
    {
        var lines = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var text = new StringBuilder().AppendLine(greeting).AppendLine();
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body><p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var p in lines)
        {
            text.AppendLine(p).AppendLine();
            html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        }
        if (link is { } l)
        {
            text.Append(l.Label).Append(": ").AppendLine(l.Url).AppendLine();
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(l.Url)).Append("\">").Append(WebUtility.HtmlEncode(l.Label)).Append("</a></p>");
        }
        text.AppendLine(closing);
        html.Append("<p>").Append(WebUtility.HtmlEncode(closing)).Append("</p></body></html>");
        return new Mail(subject, text.ToString(), html.ToString());
    }
}
