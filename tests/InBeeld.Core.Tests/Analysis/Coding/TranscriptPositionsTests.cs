using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Core.Tests.Analysis.Coding;

public sealed class TranscriptPositionsTests
{
    private const string Lf = "Ik belde.\nNiemand 😀 nam op.";
    private const string CrLf = "Ik belde.\r\nNiemand 😀 nam op.";

    [Fact]
    public void SameWords_GetTheSameRange_WithCrLfOrLf()
    {
        var fromLf = TranscriptPositions.FromUtf16(Lf, Lf.IndexOf("nam", StringComparison.Ordinal), 3);
        var fromCrLf = TranscriptPositions.FromUtf16(CrLf, CrLf.IndexOf("nam", StringComparison.Ordinal), 3);

        // "Ik belde." (9) + LF (1) + "Niemand " (8) + emoji (1 code point, 2 UTF-16 units) + " " (1) = 20.
        fromLf.ShouldBe(new TextRange(20, 3));
        fromCrLf.ShouldBe(fromLf);
        TranscriptPositions.Extract(CrLf, fromLf).ShouldBe("nam");
        TranscriptPositions.Extract(Lf, fromLf).ShouldBe("nam");
    }

    [Fact]
    public void RangeOverALineEnding_ExtractsItAsLf_AndMapsBackToStoredUnits()
    {
        var range = TranscriptPositions.FromUtf16(CrLf, 3, 11); // "belde.\r\nNie"

        range.ShouldBe(new TextRange(3, 10));
        TranscriptPositions.Extract(CrLf, range).ShouldBe("belde.\nNie");
        TranscriptPositions.ToUtf16(CrLf, range).ShouldBe((3, 11));
        TranscriptPositions.ToUtf16(Lf, range).ShouldBe((3, 10));
        TranscriptPositions.Length(CrLf).ShouldBe(TranscriptPositions.Length(Lf));
        TranscriptPositions.Length(Lf).ShouldBe(Lf.Length - 1); // the emoji is two UTF-16 units
    }

    [Fact]
    public void PositionInsideASurrogatePair_CountsAsTheStartOfTheCharacter()
    {
        var emoji = Lf.IndexOf('\uD83D', StringComparison.Ordinal);

        TranscriptPositions.FromUtf16(Lf, emoji + 1, 0).ShouldBe(TranscriptPositions.FromUtf16(Lf, emoji, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => TranscriptPositions.ToUtf16(Lf, new TextRange(20, 50)));
    }
}
