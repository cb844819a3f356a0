using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Grassroots.Web.Platform.Files;

/// <summary>
/// Zip archives (a Word or Excel file is one) inspected before they are accepted, without extracting anything to disk:
/// a few bytes that inflate to gigabytes (a "zip bomb") would otherwise be stored and handed to officers' computers, or
/// inflated by the spreadsheet reader in the server's memory. Every upload that is a zip passes here
/// (<see cref="FileUploads.ReadContentAsync"/>), whatever kind it claims to be.
/// </summary>
public static class ZipPackages
{
    /// <summary>A Word document has a dozen parts, one with many pictures a few hundred; a thousand is no document.</summary>
    public const int MaxEntries = 1000;

    /// <summary>
    /// All the parts together, inflated: 100 MiB. The largest file the platform takes is 20 MB (a disclosure's file);
    /// a genuine document's pictures are stored already compressed (about 1:1) and its XML compresses 5 to 20 times,
    /// so a real letter, disclosure or filled template inflates to a few times its size, far below this. A spreadsheet
    /// import is read whole in memory, so the limit is also what one upload may cost the server. A fixed limit rather than
    /// a multiple of each policy's: the cost of inflating does not depend on who uploads.
    /// </summary>
    public const long MaxExpandedBytes = 100L * 1024 * 1024;

    /// <summary>
    /// An entry above <see cref="RatioFloor"/> that inflates more than this many times is not text or pictures: the
    /// threshold Apache POI's <c>ZipSecureFile</c> applies to Office files (a minimum inflate ratio of 0.01).
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>Small entries compress absurdly well and harmlessly (an empty sheet, a style sheet): the ratio is judged above 1 MiB.</summary>
    public const long RatioFloor = 1024 * 1024;

    private static readonly byte[] LocalHeader = [0x50, 0x4B, 0x03, 0x04];

    private const uint CentralHeaderSignature = 0x02014B50;
    private const uint LocalHeaderSignature = 0x04034B50;
    private const int Stored = 0;
    private const int Deflated = 8;

    /// <summary>Whether the bytes begin as a zip archive does (its first local file header).</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(LocalHeader);

    /// <summary>
    /// Refuses the archive (<see cref="DomainException"/>, naming <paramref name="fileName"/>) when it has more than
    /// <see cref="MaxEntries"/> entries, when its entries inflate past <see cref="MaxExpandedBytes"/> together, when one
    /// inflates more than <see cref="MaxRatio"/> times, or when it is malformed (413 for the first three, 400 for the last).
    /// The sizes the archive declares are checked first; then every entry's compressed data is inflated in memory, counted
    /// and dropped as it comes, stopping at the limits. The data is read from the archive's own directory, not through
    /// <see cref="ZipArchive"/>, which stops at the size an entry declares: an archive that understates its sizes (a
    /// reader that trusts them stops early, others do not) is judged by what it really holds, and refused as damaged.
    /// </summary>
    public static void Inspect(byte[] content, string fileName)
    {
        // The count the archive declares, read from its last record before anything is parsed: a million tiny entries
        // would otherwise cost their objects in memory before they could be counted.
        var end = EndRecord(content);
        if (end < 0)
        {
            throw Damaged(fileName);
        }
        var declaredCount = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(end + 10, 2));
        if (declaredCount > MaxEntries)
        {
            throw TooManyEntries(fileName); // also zip64's 0xFFFF: no document of a few megabytes needs it
        }
        try
        {
            // What the platform's readers (the package check, the spreadsheet reader) will see.
            using (var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                JudgeDeclared(zip.Entries, fileName);
            }
            var parts = CentralDirectory(content, end, declaredCount) ?? throw Damaged(fileName);
            JudgeContent(content, parts, fileName);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            throw Damaged(fileName); // not a readable archive: a bad header, an unknown compression, a broken stream
        }
    }

    private static void JudgeDeclared(IReadOnlyCollection<ZipArchiveEntry> entries, string fileName)
    {
        if (entries.Count > MaxEntries)
        {
            throw TooManyEntries(fileName);
        }
        long declared = 0;
        foreach (var entry in entries)
        {
            declared += entry.Length;
            if (entry.Length < 0 || declared > MaxExpandedBytes)
            {
                throw TooLarge(fileName);
            }
            if (Absurd(entry.Length, entry.CompressedLength))
            {
                throw Ratio(fileName);
            }
        }
    }

    /// <summary>One entry as the central directory lists it.</summary>
    private readonly record struct Part(int Flags, int Method, long CompressedLength, long Length, long HeaderOffset);

    /// <summary>Every entry of the central directory, or null when a record is not where the archive says it is.</summary>
    private static List<Part>? CentralDirectory(byte[] content, int end, int count)
    {
        var span = content.AsSpan();
        long at = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(end + 16, 4));
        var parts = new List<Part>(count);
        for (var i = 0; i < count; i++)
        {
            if (at < 0 || at + 46 > end || BinaryPrimitives.ReadUInt32LittleEndian(span.Slice((int)at, 4)) != CentralHeaderSignature)
            {
                return null;
            }
            var record = span.Slice((int)at, 46);
            parts.Add(new Part(
                BinaryPrimitives.ReadUInt16LittleEndian(record[8..]),
                BinaryPrimitives.ReadUInt16LittleEndian(record[10..]),
                BinaryPrimitives.ReadUInt32LittleEndian(record[20..]),
                BinaryPrimitives.ReadUInt32LittleEndian(record[24..]),
                BinaryPrimitives.ReadUInt32LittleEndian(record[42..])));
            at += 46L + BinaryPrimitives.ReadUInt16LittleEndian(record[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(record[30..])
                + BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
        }
        return parts;
    }

    /// <summary>
    /// Inflates every entry from its own data to the end of its compressed stream, whatever sizes it declares, counting
    /// the bytes: entries that share their data (the "overlapping" bomb) are counted as often as a reader would inflate them.
    /// </summary>
    private static void JudgeContent(byte[] content, List<Part> parts, string fileName)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            foreach (var part in parts)
            {
                if ((part.Flags & 1) != 0 || part.HeaderOffset + 30 > content.Length
                    || BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)part.HeaderOffset, 4)) != LocalHeaderSignature)
                {
                    throw Damaged(fileName); // encrypted, or no entry where the directory points
                }
                var header = content.AsSpan((int)part.HeaderOffset, 30);
                var start = part.HeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
                if (start + part.CompressedLength > content.Length)
                {
                    throw Damaged(fileName);
                }
                long inflated;
                switch (part.Method)
                {
                    case Stored:
                        inflated = part.CompressedLength;
                        total += inflated;
                        break;
                    case Deflated:
                        inflated = 0;
                        using (var stream = new DeflateStream(new MemoryStream(content, (int)start, content.Length - (int)start, writable: false), CompressionMode.Decompress))
                        {
                            int n;
                            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                            {
                                inflated += n;
                                total += n;
                                if (total > MaxExpandedBytes)
                                {
                                    throw TooLarge(fileName);
                                }
                                if (Absurd(inflated, part.CompressedLength))
                                {
                                    throw Ratio(fileName);
                                }
                            }
                        }
                        break;
                    default:
                        throw Damaged(fileName); // a compression Word and Excel do not use
                }
                if (total > MaxExpandedBytes)
                {
                    throw TooLarge(fileName);
                }
                if (inflated != part.Length)
                {
                    throw Damaged(fileName); // the archive lies about what the entry holds
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Absurd(long inflated, long compressed) => inflated > RatioFloor && inflated > MaxRatio * Math.Max(compressed, 1);

    /// <summary>
    /// Where the end-of-central-directory record begins (the record is 22 bytes, followed by a comment of at most
    /// 65,535 bytes), or -1 when the bytes have none.
    /// </summary>
    private static int EndRecord(ReadOnlySpan<byte> content)
    {
        const int RecordLength = 22;
        var earliest = Math.Max(0, content.Length - RecordLength - ushort.MaxValue);
        for (var i = content.Length - RecordLength; i >= earliest; i--)
        {
            if (content[i] == 0x50 && content[i + 1] == 0x4B && content[i + 2] == 0x05 && content[i + 3] == 0x06)
            {
                return i;
            }
        }
        return -1;
    }

    private static DomainException TooManyEntries(string fileName) =>
        new(StatusCodes.Status413PayloadTooLarge, "Attachment.PackageTooManyEntries", fileName, MaxEntries);

    private static DomainException TooLarge(string fileName) =>
        new(StatusCodes.Status413PayloadTooLarge, "Attachment.PackageTooLarge", fileName, MaxExpandedBytes / 1024 / 1024);

    private static DomainException Ratio(string fileName) =>
        new(StatusCodes.Status413PayloadTooLarge, "Attachment.PackageRatio", fileName, MaxRatio);

    private static DomainException Damaged(string fileName) => DomainException.Invalid("Attachment.PackageDamaged", fileName);
}
