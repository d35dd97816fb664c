using System.Buffers.Binary;
using System.IO.Compression;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// An opened log file: its content stream (decompressed when the file is gzip, recognised by its
/// first bytes rather than its name), its name for messages, and counters for progress.
/// </summary>
/// <remarks>
/// .NET's GZipStream ends quietly when a .gz file is cut short. The gzip trailer's last four bytes
/// hold the uncompressed size (modulo 2^32), so <see cref="EnsureComplete"/> compares them with
/// what was decompressed: a truncated file is refused instead of read as a shorter log. This
/// assumes one gzip member, which is what gzip and the XES tools write.
/// </remarks>
public sealed class EventLogSource : IDisposable
{
    private readonly Stream _stream;
    private readonly long _origin;
    private readonly uint? _expectedSize;
    private CountingStream _file;
    private CountingStream? _decompressed;

    private EventLogSource(string name, Stream stream, bool isCompressed, uint? expectedSize)
    {
        Name = name;
        _stream = stream;
        _origin = stream.Position;
        TotalBytes = stream.Length - _origin;
        IsCompressed = isCompressed;
        _expectedSize = expectedSize;
        (_file, _decompressed) = OpenChain();
    }

    /// <summary>The file name shown in messages.</summary>
    public string Name { get; }

    /// <summary>The log's bytes, decompressed.</summary>
    public Stream Content => (Stream?)_decompressed ?? _file;

    public bool IsCompressed { get; }

    /// <summary>Size of the file as stored (compressed for .gz).</summary>
    public long TotalBytes { get; }

    /// <summary>
    /// About how many bytes the content has once decompressed: the gzip trailer's size (modulo 2^32,
    /// so never taken below the stored size), or the file size. For choosing chunk sizes, not for checks.
    /// </summary>
    public long ContentLengthHint => _expectedSize is { } expected ? Math.Max(expected, TotalBytes) : TotalBytes;

    /// <summary>Bytes of the stored file read so far.</summary>
    public long BytesRead => _file.BytesRead;

    public static EventLogSource Open(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(ReadLocation.File(name), EventLogText.Get("Read_FileNotFound", path));
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return FromStream(stream, name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(ReadLocation.File(name), EventLogText.Get("Read_FileUnreadable", exception.Message));
        }
    }

    /// <summary>Wraps a seekable stream, from its current position; the source takes ownership of it.</summary>
    public static EventLogSource FromStream(Stream stream, string name)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable, to recognise gzip and check its trailer.", nameof(stream));
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[2];
        var isGzip = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == 0x1F && head[1] == 0x8B;
        uint? expected = null;
        if (isGzip && stream.Length - start >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
            expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }

        stream.Position = start;
        return new EventLogSource(name, stream, isGzip, expected);
    }

    /// <summary>Starts reading again from the beginning (a reader that falls back to a slower, exact path).</summary>
    public void Rewind()
    {
        _decompressed?.Dispose();
        _file.Dispose();
        _stream.Position = _origin;
        (_file, _decompressed) = OpenChain();
    }

    /// <summary>
    /// After reading to the end: refuses a gzip file whose content was cut short. Call it before
    /// acting on a read error too — "truncated" is the better explanation of a broken last line.
    /// </summary>
    public void EnsureComplete()
    {
        if (_decompressed is null)
        {
            return;
        }

        // Drain what the reader left (e.g. whitespace after </log>) so the size is complete.
        Span<byte> rest = stackalloc byte[4096];
        while (_decompressed.Read(rest) > 0)
        {
        }

        if (_expectedSize is not { } expected || (uint)_decompressed.BytesRead != expected)
        {
            throw GzipBroken();
        }
    }

    /// <summary>True when this is a gzip file cut short or damaged (a read error should then say so).</summary>
    public bool IsTruncated()
    {
        try
        {
            EnsureComplete();
            return false;
        }
        catch (Exception exception) when (exception is InputRejectedException or InvalidDataException or IOException)
        {
            return true;
        }
    }

    internal InputRejectedException GzipBroken() => new(ReadLocation.File(Name), EventLogText.Get("Read_GzipBroken"));

    public void Dispose()
    {
        _decompressed?.Dispose();
        _file.Dispose();
        _stream.Dispose();
    }

    private (CountingStream File, CountingStream? Decompressed) OpenChain()
    {
        var file = new CountingStream(_stream, leaveOpen: true);
        if (!IsCompressed)
        {
            return (file, null);
        }

        return (file, new CountingStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: true), leaveOpen: false));
    }
}
