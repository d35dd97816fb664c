using InBeeld.Core.Rendering.Pdf.Fonts;

namespace InBeeld.Core.Tests.Rendering.Pdf;

/// <summary>The Noto fonts from Debian's fonts-noto-core (installed by test.sh).</summary>
internal static class TestFonts
{
    public static NotoFonts Noto => NotoFonts.Load(NotoFonts.DefaultDirectory);
}
