namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>
/// The font faces a PDF map may embed, all from Debian's fonts-noto-core. Noto Sans carries
/// Latin; Arabic and Ethiopic (Tigrinya, Amharic) have their own families; the symbol and math
/// faces fill gaps such as the minus sign (U+2212), which Noto Sans itself lacks.
/// </summary>
internal enum PdfFace
{
    SansRegular,
    SansBold,
    SansItalic,
    SansBoldItalic,
    ArabicRegular,
    ArabicBold,
    EthiopicRegular,
    EthiopicBold,
    Symbols2,
    SymbolsRegular,
    SymbolsBold,
    Math,
}
