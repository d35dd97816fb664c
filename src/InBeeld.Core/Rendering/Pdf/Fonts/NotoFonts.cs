using System.Collections.Concurrent;
using System.Globalization;
using InBeeld.Core.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>
/// The Noto fonts a PDF map embeds, read from one folder (Debian's fonts-noto-core puts them in
/// <see cref="DefaultDirectory"/>). <see cref="Load"/> checks every file before anything is drawn,
/// so a missing font gives one clear message instead of a half-written PDF. A set is loaded once
/// per folder and process; font bytes are read on first use and kept.
/// </summary>
public sealed class NotoFonts
{
    public const string DefaultDirectory = "/usr/share/fonts/truetype/noto";

    private static readonly (PdfFace Face, string File)[] Files =
    [
        (PdfFace.SansRegular, "NotoSans-Regular.ttf"),
        (PdfFace.SansBold, "NotoSans-Bold.ttf"),
        (PdfFace.SansItalic, "NotoSans-Italic.ttf"),
        (PdfFace.SansBoldItalic, "NotoSans-BoldItalic.ttf"),
        (PdfFace.ArabicRegular, "NotoSansArabic-Regular.ttf"),
        (PdfFace.ArabicBold, "NotoSansArabic-Bold.ttf"),
        (PdfFace.EthiopicRegular, "NotoSansEthiopic-Regular.ttf"),
        (PdfFace.EthiopicBold, "NotoSansEthiopic-Bold.ttf"),
        (PdfFace.Symbols2, "NotoSansSymbols2-Regular.ttf"),
        (PdfFace.SymbolsRegular, "NotoSansSymbols-Regular.ttf"),
        (PdfFace.SymbolsBold, "NotoSansSymbols-Bold.ttf"),
        (PdfFace.Math, "NotoSansMath-Regular.ttf"),
    ];

    private static readonly ConcurrentDictionary<string, NotoFonts> Sets = new(StringComparer.Ordinal);
    private static int _lastId;

    private readonly string[] _families;
    private readonly XFont[] _probes;
    private readonly ConcurrentDictionary<(PdfFace, int), bool> _coverage = new();

    private NotoFonts(string directory)
    {
        Directory = directory;
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        _families = new string[Files.Length];
        foreach (var (face, file) in Files)
        {
            var path = Path.Combine(directory, file);
            var bytes = new Lazy<byte[]>(() => Read(path, file), LazyThreadSafetyMode.ExecutionAndPublication);
            _families[(int)face] = $"InBeeld {id} {Path.GetFileNameWithoutExtension(file)}";
            PdfFontResolver.Register(_families[(int)face], () => bytes.Value);
        }

        _probes = Files.Select(f => Create(f.Face, 10)).ToArray();
    }

    /// <summary>The folder the fonts come from.</summary>
    public string Directory { get; }

    /// <summary>The font files a PDF needs, for messages and documentation.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Files.Select(f => f.File).ToList();

    /// <summary>Checks that every font file is present and returns the set for <paramref name="directory"/>.</summary>
    /// <exception cref="FontMissingException">A file is missing; nothing has been written.</exception>
    public static NotoFonts Load(string? directory = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory));
        foreach (var (_, file) in Files)
        {
            var path = Path.Combine(full, file);
            if (!File.Exists(path))
            {
                throw new FontMissingException(CoreText.Get("Pdf_FontMissing", file, full), path);
            }
        }

        PdfSharpSetup.EnsureInitialized();
        return Sets.GetOrAdd(full, d => new NotoFonts(d));
    }

    /// <summary>
    /// A font of <paramref name="face"/>. The Arabic faces are embedded whole: many of their
    /// letters are composite glyphs (ذ is dal plus a dot, إ alef plus hamza), and PDFsharp's
    /// subsetting drops the components, so ذ printed as a lone dot. The other faces are subset.
    /// </summary>
    internal XFont Create(PdfFace face, double size)
    {
        var embedding = face is PdfFace.ArabicRegular or PdfFace.ArabicBold
            ? PdfFontEmbedding.EmbedCompleteFontFile
            : PdfFontEmbedding.TryComputeSubset;
        return new XFont(_families[(int)face], size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, embedding));
    }

    /// <summary>Whether <paramref name="face"/> has a glyph for the code point (cached: PDFsharp looks it up in the font's cmap).</summary>
    internal bool Covers(PdfFace face, int codePoint) =>
        _coverage.GetOrAdd((face, codePoint), key => GlyphHelper.GlyphIndexFromCodePoint(key.Item2, _probes[(int)key.Item1]) != 0);

    private static byte[] Read(string path, string file)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FontMissingException(CoreText.Get("Pdf_FontUnreadable", file, exception.Message), path);
        }
    }
}
