using InBeeld.Core.Rendering.Pdf.Fonts;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>How to print a map as PDF.</summary>
public sealed record PdfMapOptions
{
    public PaperSize Paper { get; init; } = PaperSize.A3;

    /// <summary>The fonts to embed; null loads them from <see cref="NotoFonts.DefaultDirectory"/>.</summary>
    public NotoFonts? Fonts { get; init; }

    /// <summary>Stamps the document's creation date.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
