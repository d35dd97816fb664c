using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Tests.Rendering.Text;

/// <summary>
/// Expected forms worked out by hand from Unicode's ArabicShaping.txt (joining types) and the
/// Arabic Presentation Forms-B chart (U+FE70–U+FEFF): for a dual-joining letter the isolated,
/// final, initial and medial forms follow each other.
/// </summary>
public sealed class ArabicShaperTests
{
    [Theory]
    // سلام: seen initial (FEB3), lam-alef final ligature (FEFC), meem isolated after the alef (FEE1).
    [InlineData("\u0633\u0644\u0627\u0645", "\uFEB3\uFEFC\uFEE1")]
    // محمد: meem initial, hah medial, meem medial, dal final.
    [InlineData("\u0645\u062D\u0645\u062F", "\uFEE3\uFEA4\uFEE4\uFEAA")]
    // ذهبت: thal isolated (right-joining, nothing before it), so heh starts a new join: initial, beh medial, teh final.
    [InlineData("\u0630\u0647\u0628\u062A", "\uFEAB\uFEEB\uFE92\uFE96")]
    // لا on its own is the isolated ligature; after feh it is the final one.
    [InlineData("\u0644\u0627", "\uFEFB")]
    [InlineData("\u0641\u0644\u0627", "\uFED3\uFEFC")]
    // Words join only within themselves: من بيت.
    [InlineData("\u0645\u0646 \u0628\u064A\u062A", "\uFEE3\uFEE6 \uFE91\uFEF4\uFE96")]
    // A haraka (fatha, U+064E) is transparent: beh still joins to teh through it.
    [InlineData("\u0628\u064E\u062A", "\uFE91\u064E\uFE96")]
    // Persian peh and gaf from Presentation Forms-A: پگ = peh initial (FB58), gaf final (FB93).
    [InlineData("\u067E\u06AF", "\uFB58\uFB93")]
    public void Shape_GivesContextualForms(string logical, string shaped) =>
        ArabicShaper.Shape(logical).ShouldBe(shaped);

    [Fact]
    public void Shape_LeavesOtherScriptsAlone()
    {
        const string text = "Ze zei: ናብ ቤት 👍🏽";
        ArabicShaper.Shape(text).ShouldBeSameAs(text);
        ArabicShaper.NeedsShaping(text).ShouldBeFalse();
    }

    [Fact]
    public void Shape_KeepsLatinAroundArabic()
    {
        ArabicShaper.Shape("UWV: \u0644\u0627 (nee)").ShouldBe("UWV: \uFEFB (nee)");
    }
}
