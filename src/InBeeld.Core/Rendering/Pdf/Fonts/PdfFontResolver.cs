using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver is one global setting for the whole process, so this single
/// resolver serves every <see cref="NotoFonts"/> set: each set registers its faces under family
/// names of its own ("InBeeld 1 NotoSans-Bold"), and the resolver hands out their bytes. Names
/// it does not know go back to PDFsharp (null), which has nothing else to offer here.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, Func<byte[]>> Faces = new(StringComparer.Ordinal);

    public static void Register(string familyName, Func<byte[]> bytes) => Faces.TryAdd(familyName, bytes);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every face is registered under its own family, so no bold or italic is ever simulated.
        Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var bytes) ? bytes() : null;
}
