using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Tests.Rendering.Text;

/// <summary>
/// Visual orders worked out by hand with the rules of UAX #9 (the Unicode Bidirectional
/// Algorithm); each case names the rule it exercises.
/// </summary>
public sealed class BidiReordererTests
{
    [Fact]
    public void LeftToRightText_IsUnchanged() =>
        BidiReorderer.ToVisual("Meldt zich bij het UWV (2024).", rightToLeft: false).ShouldBe("Meldt zich bij het UWV (2024).");

    [Fact]
    public void ArabicWord_IsReversed() =>
        // سلام drawn left to right: meem, alef, lam, seen.
        BidiReorderer.ToVisual("\u0633\u0644\u0627\u0645", rightToLeft: true).ShouldBe("\u0645\u0627\u0644\u0633");

    [Fact]
    public void DigitsInArabic_KeepTheirOwnOrder() =>
        // عمري 25 سنة: W2 makes 25 an Arabic number (level 2), so it is reversed twice and reads 25.
        BidiReorderer.ToVisual("\u0639\u0645\u0631\u064A 25 \u0633\u0646\u0629", rightToLeft: true)
            .ShouldBe("\u0629\u0646\u0633 25 \u064A\u0631\u0645\u0639");

    [Fact]
    public void ArabicInDutchSentence_OnlyTheArabicRunFlips() =>
        // N1: ": " sits between L and R, so it takes the paragraph direction; "!" at the end too.
        BidiReorderer.ToVisual("Ze zei: \u0633\u0644\u0627\u0645!", rightToLeft: false)
            .ShouldBe("Ze zei: \u0645\u0627\u0644\u0633!");

    [Fact]
    public void TwoArabicWordsInDutch_StayInReadingOrder() =>
        // The space between two Arabic words is between R and R (N1), so both words form one run:
        // من بيت reads right to left as a whole, the second word ends up on the left.
        BidiReorderer.ToVisual("a \u0645\u0646 \u0628\u064A\u062A b", rightToLeft: false)
            .ShouldBe("a \u062A\u064A\u0628 \u0646\u0645 b");

    [Fact]
    public void Brackets_AreMirroredInRightToLeftRuns() =>
        // L4: at an odd level "(" is drawn as ")" so the pair still encloses the word.
        BidiReorderer.ToVisual("(\u0646\u0639\u0645)", rightToLeft: true).ShouldBe("(\u0645\u0639\u0646)");

    [Fact]
    public void LatinInArabicParagraph_KeepsItsOrder() =>
        // I2: Latin at level 2 inside a right-to-left line: "UWV" stays readable, the words around it swap.
        BidiReorderer.ToVisual("\u0630\u0647\u0628\u062A UWV \u0627\u0644\u064A\u0648\u0645", rightToLeft: true)
            .ShouldBe("\u0645\u0648\u064A\u0644\u0627 UWV \u062A\u0628\u0647\u0630");

    [Fact]
    public void Clusters_StayWhole()
    {
        // A letter with its haraka and an emoji with skin tone are reordered as units (L3).
        var visual = BidiReorderer.ToVisual("\u0628\u064E\u062A 👍🏽", rightToLeft: true);
        visual.ShouldBe("👍🏽 \u062A\u0628\u064E");
    }

    [Fact]
    public void ShapedThenReordered_GivesTheGlyphsToDrawLeftToRight() =>
        // The PDF pipeline: shape in logical order, then reorder: سلام → FEE1 FEFC FEB3.
        BidiReorderer.ToVisual(ArabicShaper.Shape("\u0633\u0644\u0627\u0645"), rightToLeft: true).ShouldBe("\uFEE1\uFEFC\uFEB3");

    [Fact]
    public void Levels_FollowTheImplicitRules()
    {
        // "a 1 ب": L WS EN AL. W7 turns 1 into L (last strong is L); ب is 1; the space between L and L stays 0.
        BidiReorderer.Levels([BidiClass.L, BidiClass.WS, BidiClass.EN, BidiClass.WS, BidiClass.AL], 0).ShouldBe([0, 0, 0, 0, 1]);
        // Right-to-left paragraph, trailing space: L1 puts it at the paragraph level.
        BidiReorderer.Levels([BidiClass.AL, BidiClass.WS, BidiClass.L, BidiClass.WS], 1).ShouldBe([1, 1, 2, 1]);
    }
}
