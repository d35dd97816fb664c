using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Core.Tests.Analysis.Coding;

public sealed class FragmentRealignmentTests
{
    private const string Before = "Ik belde 😀 de UWV.\nNiemand nam op. Toen kwam de brief.";

    private static TextRange Of(string text, string words) =>
        TranscriptPositions.FromUtf16(TranscriptPositions.Normalize(text), TranscriptPositions.Normalize(text).IndexOf(words, StringComparison.Ordinal), words.Length);

    [Fact]
    public void FragmentBeforeTheChange_Stays_AndAfterTheChange_MovesByTheChangeInLength()
    {
        var after = Before.Replace("Niemand nam op.", "Niemand nam de telefoon op, ook niet later.", StringComparison.Ordinal);

        FragmentRealignment.Realign(Before, after, Of(Before, "de UWV")).ShouldBe(Of(Before, "de UWV"));
        var brief = FragmentRealignment.Realign(Before, after, Of(Before, "de brief"))!.Value;
        brief.ShouldBe(Of(after, "de brief"));
        // Counted in code points: the emoji before it is one.
        TranscriptPositions.Extract(after, brief).ShouldBe("de brief");
    }

    [Fact]
    public void FragmentWhoseWordsWereEdited_IsGone()
    {
        var after = Before.Replace("Niemand nam op.", "Iemand nam op.", StringComparison.Ordinal);

        FragmentRealignment.Realign(Before, after, Of(Before, "Niemand nam op")).ShouldBeNull();
    }

    [Fact]
    public void FragmentInsideTheChangedPart_MovesWhereItsExactTextOccursOnce()
    {
        // The sentences swap places: everything between the first and last change moved.
        const string after = "Ik belde 😀 de UWV.\nToen kwam de brief. Niemand nam op.";

        var moved = FragmentRealignment.Realign(Before, after, Of(Before, "Niemand nam op"))!.Value;

        TranscriptPositions.Extract(after, moved).ShouldBe("Niemand nam op");
        moved.ShouldBe(Of(after, "Niemand nam op"));
    }

    [Fact]
    public void FragmentWhoseTextNowOccursTwice_IsGone_RatherThanGuessed()
    {
        const string before = "Hij kwam laat.";

        // Both ends changed around "kwam", which now occurs twice: which one was meant cannot be known.
        FragmentRealignment.Realign(before, "Zij kwam, en toen kwam hij laat.", Of(before, "kwam")).ShouldBeNull();
        // Text added after the fragment only: the fragment stays, though its words now occur twice.
        FragmentRealignment.Realign(before, "Hij kwam laat. Zij kwam ook.", Of(before, "kwam")).ShouldBe(Of(before, "kwam"));
    }

    [Fact]
    public void OnlyLineEndingsChanged_NothingMoves()
    {
        var crlf = Before.Replace("\n", "\r\n", StringComparison.Ordinal);
        var edit = new FragmentRealignment.Edit(Before, crlf);

        edit.Changed.ShouldBeFalse();
        edit.Realign(Of(Before, "Toen kwam")).ShouldBe(Of(Before, "Toen kwam"));
    }

    [Fact]
    public void RangeAlreadyOutsideTheText_IsGone()
    {
        FragmentRealignment.Realign(Before, Before, new TextRange(TranscriptPositions.Length(Before) - 2, 5)).ShouldBeNull();
    }
}
