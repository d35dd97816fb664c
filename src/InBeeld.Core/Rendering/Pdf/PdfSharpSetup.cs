using InBeeld.Core.Rendering.Pdf.Fonts;
using PdfSharp;
using PdfSharp.Fonts;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>
/// One-time, process-wide PDFsharp settings. PDFsharp 6.5 is dual-licensed (AGPL-3.0 or
/// commercial) and refuses to create a document until the application states which licence it
/// uses; InBeeld is open source and declares the AGPL here, in one place, so the choice is easy
/// to find and to change (docs/journey-maps.md, "Licentie van PDFsharp").
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is not PdfFontResolver)
            {
                GlobalFontSettings.FontResolver = new PdfFontResolver();
            }

            _done = true;
        }
    }
}
