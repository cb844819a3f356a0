using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Grassroots.Web.Platform.Files;

/// <summary>
/// A kind of file the platform takes, recognised by its extension and by its own bytes, never by the type the browser
/// claims. Word and Excel files are zip packages: their package must declare the document's main part, which a
/// macro-enabled file (.docm/.xlsm renamed) does not.
/// </summary>
public sealed record FileKind(string Extension, string ContentType, byte[] Magic, string? PackageMainPart = null)
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static readonly FileKind Pdf = new(".pdf", "application/pdf", "%PDF"u8.ToArray());
    public static readonly FileKind Jpg = new(".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]);
    public static readonly FileKind Jpeg = new(".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]);
    public static readonly FileKind Png = new(".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static readonly FileKind Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

    public static readonly FileKind Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

    public bool Matches(string extension, byte[] content) =>
        string.Equals(extension, Extension, StringComparison.OrdinalIgnoreCase)
        && content.AsSpan().StartsWith(Magic)
        && (PackageMainPart is null || IsPackageOf(content, PackageMainPart));

    /// <summary>A package's list of part types is a few kilobytes.</summary>
    private const int MaxContentTypesBytes = 1024 * 1024;

    private static bool IsPackageOf(byte[] content, string mainPart)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return false; // macros have no place in a file handed to the public
            }
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesBytes)
            {
                return false;
            }
            // Read no further than the limit, whatever the entry declares.
            using var stream = types.Open();
            var text = new byte[MaxContentTypesBytes + 1];
            var length = 0;
            int n;
            while (length < text.Length && (n = stream.Read(text, length, text.Length - length)) > 0)
            {
                length += n;
            }
            return length <= MaxContentTypesBytes
                && Encoding.UTF8.GetString(text, 0, length).Contains($"\"{mainPart}\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return false; // not a zip package at all
        }
    }
}

/// <summary>What one use case accepts: a size limit per file, the kinds, and the message that names them when a file is refused.</summary>
public sealed record UploadPolicy(long MaxBytes, IReadOnlyList<FileKind> Kinds, string TypeRefusedKey);

/// <summary>A file that passed the policy: a safe name, the content type it really has, its bytes and their SHA-256.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>
/// Uploaded files, read whole and judged before anything is stored: an empty file, one over the size limit, an archive
/// that inflates beyond what a document does (<see cref="ZipPackages"/>), or one whose bytes are not of an accepted kind
/// is refused with a message naming it (400, 413, 415). Shared by every module that takes files (attachments and
/// spreadsheet imports alike), so the rules and the messages are the same everywhere.
/// </summary>
public static class FileUploads
{
    public const int MaxFileNameLength = FieldLength.Name;
    private const string Fallback = "tep-dinh-kem";

    public static async Task<UploadedFile> ReadAsync(IFormFile? file, UploadPolicy policy, CancellationToken ct, string field = "file")
    {
        var (name, bytes) = await ReadContentAsync(file, policy.MaxBytes, ct, field);
        var extension = Path.GetExtension(name);
        var kind = policy.Kinds.FirstOrDefault(k => k.Matches(extension, bytes))
            ?? throw new DomainException(StatusCodes.Status415UnsupportedMediaType, policy.TypeRefusedKey, name);
        return new UploadedFile(name, kind.ContentType, bytes);
    }

    /// <summary>
    /// The safe name and the bytes of an upload, read whole: refused when missing, empty or over <paramref name="maxBytes"/>,
    /// and, when it is a zip archive (Word, Excel), when it would inflate beyond what a document does
    /// (<see cref="ZipPackages.Inspect"/>). For a use case that reads the content itself (a filled spreadsheet);
    /// <see cref="ReadAsync"/> also judges the kind.
    /// </summary>
    public static async Task<(string FileName, byte[] Content)> ReadContentAsync(IFormFile? file, long maxBytes, CancellationToken ct, string field = "file")
    {
        if (file is null)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { [field] = ["Validation.Required"] },
            };
        }
        var name = SafeFileName(file.FileName);
        if (file.Length == 0)
        {
            throw DomainException.Invalid("Attachment.Empty", name);
        }
        if (file.Length > maxBytes)
        {
            throw new DomainException(StatusCodes.Status413PayloadTooLarge, "Attachment.TooLarge", (int)(maxBytes / 1024 / 1024), name);
        }
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)file.Length);
        await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (ZipPackages.IsZip(bytes))
        {
            ZipPackages.Inspect(bytes, name);
        }
        return (name, bytes);
    }

    /// <summary>
    /// The name a file is kept and offered under: the last segment of what the browser sent, in NFC, without control and
    /// direction-changing characters (the "invoice‮fdp.exe" trick) nor the characters Windows forbids in names, at most
    /// <see cref="MaxFileNameLength"/> characters with its extension kept. Vietnamese letters stay as they are.
    /// </summary>
    public static string SafeFileName(string? raw)
    {
        var name = Text.Clean(raw);
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }
        var clean = new StringBuilder(name.Length);
        var lastWasSpace = false;
        foreach (var rune in name.EnumerateRunes())
        {
            var space = Rune.IsWhiteSpace(rune);
            var dropped = (!space && Rune.IsControl(rune)) || rune.Value is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0xFEFF
                || rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*';
            if (dropped)
            {
                continue;
            }
            if (space && lastWasSpace)
            {
                continue;
            }
            clean.Append(space ? " " : rune.ToString());
            lastWasSpace = space;
        }
        name = clean.ToString().Trim(' ').TrimEnd('.', ' ');
        var dot = name.LastIndexOf('.');
        var (stem, extension) = dot >= 0 ? (name[..dot].Trim(' ', '.'), name[dot..].ToLowerInvariant()) : (name.TrimStart('.'), "");
        if (stem.Length == 0)
        {
            stem = Fallback;
        }
        if (extension.Length > 10)
        {
            (stem, extension) = (stem + extension, "");
        }
        var room = MaxFileNameLength - extension.Length;
        if (stem.Length > room)
        {
            var cut = room;
            if (char.IsLowSurrogate(stem[cut]))
            {
                cut--; // never split a character in two
            }
            stem = stem[..cut].TrimEnd(' ', '.');
        }
        return stem + extension;
    }
}

/// <summary>
/// Files handed back: always as a download under their own name (Content-Disposition with an ASCII <c>filename</c> and the
/// UTF-8 <c>filename*</c> that keeps the Vietnamese one, RFC 6266), with their real type, and never sniffed into another.
/// </summary>
/// <summary>A file to hand to the person who asked: a register, an attachment, a workbook.</summary>
public sealed record FileContent(string FileName, string ContentType, byte[] Content)
{
    /// <summary>An Excel workbook the platform wrote.</summary>
    public static FileContent Xlsx(string fileName, byte[] content) => new(fileName, FileKind.Xlsx.ContentType, content);
}

public static class FileDownloads
{
    /// <summary>The file as a download (never drawn inline: the browser is told not to guess its type).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Attachment(HttpContext http, FileContent file) =>
        Attachment(http, file.Content, file.ContentType, file.FileName);

    public static Microsoft.AspNetCore.Mvc.FileContentResult Attachment(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, FileContent file) =>
        Attachment(page, file.Content, file.ContentType, file.FileName);

    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Attachment(HttpContext http, byte[] content, string contentType, string fileName)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, contentType, fileName);
    }

    public static Microsoft.AspNetCore.Mvc.FileContentResult Attachment(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, byte[] content, string contentType, string fileName)
    {
        page.Response.Headers.XContentTypeOptions = "nosniff";
        return new Microsoft.AspNetCore.Mvc.FileContentResult(content, contentType) { FileDownloadName = fileName };
    }
}

public static class FileSizes
{
    /// <summary>"820 KB", "1,5 MB" in the reader's language.</summary>
    public static string Format(long bytes) => bytes >= 1024 * 1024
        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, "{0:0.#} MB", bytes / (1024d * 1024d))
        : string.Format(System.Globalization.CultureInfo.CurrentCulture, "{0:0} KB", Math.Max(1, Math.Ceiling(bytes / 1024d)));
}
