namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// Where a transcript fragment lies after the transcript's text was edited, or null when its words
/// are gone. A fragment must never point outside the text or at other words than were coded, so:
/// <list type="number">
/// <item>the part before the first change and the part after the last change are compared as they
/// were: a fragment wholly before stays, one wholly after moves by the change in length;</item>
/// <item>a fragment touching the changed part keeps its coding only if its exact text occurs exactly
/// once in the new transcript (the same rule as finding a typed fragment), and moves there;</item>
/// <item>otherwise its words changed or became ambiguous, and the coding must go.</item>
/// </list>
/// Texts are compared with line endings as LF, in the unit of <see cref="TextRange"/>, so saving the
/// same words with other line endings changes nothing.
/// </summary>
public static class FragmentRealignment
{
    /// <summary>The new place of <paramref name="range"/> (a range in <paramref name="before"/>) in <paramref name="after"/>, or null.</summary>
    public static TextRange? Realign(string before, string after, TextRange range) =>
        new Edit(before, after).Realign(range);

    /// <summary>One edit of a transcript, prepared once for realigning all of its fragments.</summary>
    public sealed class Edit
    {
        private readonly string _before;
        private readonly string _after;
        private readonly int _beforeLength;
        private readonly int _shift;
        private readonly int _prefix;
        private readonly int _suffixStart;

        public Edit(string before, string after)
        {
            _before = TranscriptPositions.Normalize(before);
            _after = TranscriptPositions.Normalize(after);
            var old = CodePoints(_before);
            var now = CodePoints(_after);
            var prefix = 0;
            while (prefix < old.Length && prefix < now.Length && old[prefix] == now[prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < Math.Min(old.Length, now.Length) - prefix && old[^(suffix + 1)] == now[^(suffix + 1)])
            {
                suffix++;
            }

            (_beforeLength, _shift, _prefix, _suffixStart) = (old.Length, now.Length - old.Length, prefix, old.Length - suffix);
        }

        /// <summary>Whether the text changed at all (line endings aside).</summary>
        public bool Changed => !string.Equals(_before, _after, StringComparison.Ordinal);

        public TextRange? Realign(TextRange range)
        {
            if (range.Length == 0 || range.End > _beforeLength)
            {
                return null;
            }

            if (!Changed || range.End <= _prefix)
            {
                return range;
            }

            if (range.Start >= _suffixStart)
            {
                return new TextRange(range.Start + _shift, range.Length);
            }

            var words = TranscriptPositions.Extract(_before, range);
            var first = _after.IndexOf(words, StringComparison.Ordinal);
            return first >= 0 && _after.IndexOf(words, first + 1, StringComparison.Ordinal) < 0
                ? TranscriptPositions.FromUtf16(_after, first, words.Length)
                : null;
        }

        // A lone surrogate counts as one character, as in TranscriptPositions.
        private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];
    }
}
