using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Tests.Rendering.Text;

public sealed class TextWrapperTests
{
    [Fact]
    public void Width_ComesFromTheNotoSansTable()
    {
        // Noto Sans Regular advances: H 741, a 561, l 258, o 605 (thousandths of an em).
        TextMeasurer.Width("Hallo", 10).ShouldBe((741 + 561 + 258 + 258 + 605) / 100.0);
        // Bold: H 765, a 604, l 305, o 619.
        TextMeasurer.Width("Hallo", 10, bold: true).ShouldBe((765 + 604 + 305 + 305 + 619) / 100.0);
        TextMeasurer.Width("é", 1000).ShouldBe(564);
        TextMeasurer.Width("e\u0301", 1000).ShouldBe(564); // a combining accent adds no width
    }

    [Fact]
    public void Wrap_BreaksBetweenWordsWithinWidth()
    {
        var lines = TextWrapper.Wrap("Meldt zich bij het UWV voor een uitkering.", 100, 12, 5);
        lines.ShouldBe(["Meldt zich bij het", "UWV voor een", "uitkering."]);
        lines.ShouldAllBe(l => TextMeasurer.Width(l, 12, false) <= 100);
    }

    [Fact]
    public void Wrap_EndsInEllipsisWhenLinesRunOut()
    {
        var lines = TextWrapper.Wrap(string.Concat(Enumerable.Repeat("woord ", 100)), 100, 12, 2);
        lines.Count.ShouldBe(2);
        lines[1].ShouldEndWith("…");
        lines.ShouldAllBe(l => TextMeasurer.Width(l, 12, false) <= 100);
    }

    [Fact]
    public void Wrap_NoEllipsisWhenTextFitsExactlyInTheLastLine()
    {
        TextWrapper.Wrap("een twee", 1000, 12, 1).ShouldBe(["een twee"]);
        TextWrapper.Wrap("Klantreisonderzoeksresultaten", 60, 12, 3).ShouldAllBe(l => !l.EndsWith('…'));
    }

    [Fact]
    public void Wrap_SplitsOverlongWordsBetweenGraphemes()
    {
        var family = "👨‍👩‍👧";
        var lines = TextWrapper.Wrap(string.Concat(Enumerable.Repeat(family, 6)), 40, 12, 10);
        lines.ShouldAllBe(l => l.Length % family.Length == 0); // never half an emoji
        string.Concat(lines).ShouldBe(string.Concat(Enumerable.Repeat(family, 6)));
    }

    [Fact]
    public void Wrap_EmptyOrWhitespaceGivesNoLines()
    {
        TextWrapper.Wrap(null, 100, 12, 3).ShouldBeEmpty();
        TextWrapper.Wrap(" \n\t ", 100, 12, 3).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ذهبت إلى البلدية", true)]
    [InlineData("שלום", true)]
    [InlineData("123 ذهبت", true)]
    [InlineData("Ze zei: ذهبت", false)]
    [InlineData("ናብ ቤት ጽሕፈት", false)]
    [InlineData("🎉 baan", false)]
    [InlineData("", false)]
    public void Direction_FollowsFirstStrongCharacter(string text, bool rightToLeft) =>
        ScriptDirection.IsRightToLeft(text).ShouldBe(rightToLeft);

    [Fact]
    public void Cleaner_RemovesWhatXmlCannotCarry()
    {
        TextCleaner.Clean("a\u0001b\nc\uD800d  ").ShouldBe("a b c\uFFFDd");
    }
}
