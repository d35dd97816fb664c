namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// A fragment of a transcript: <see cref="Start"/> and <see cref="Length"/> count Unicode code
/// points (not UTF-16 units) in the text with every line ending written as one LF. So a fragment
/// keeps pointing at the same words whether the transcript was saved with CRLF or LF, and whether
/// a reader counts in UTF-16 (.NET, JavaScript) or in code points (PostgreSQL, Python): use
/// <see cref="TranscriptPositions"/> to convert.
/// </summary>
public readonly record struct TextRange
{
    public TextRange(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
}
