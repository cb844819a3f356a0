using System.Globalization;
using System.Text;

namespace Grassroots.Web.Platform;

public static class Text
{
    /// <summary>Trimmed and in Unicode NFC, so "hoà" typed on any keyboard is stored one way.</summary>
    public static string Clean(string? value) => (value ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static string? CleanOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    /// <summary>Names in Vietnamese alphabetical order (Đ after D, tones after the bare letter), ignoring case.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi"), ignoreCase: true);

    /// <summary>Vietnamese date as officers write it: 25/4/2024.</summary>
    public static string Date(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTime(DateTime utc) =>
        Clock.ToVietnam(utc).ToString("d/M/yyyy HH:mm", CultureInfo.InvariantCulture);
}
