namespace InBeeld.Core.Analysis.Text;

/// <summary>
/// Martin Porter's Snowball stemmer for Dutch (the "dutch" algorithm of Snowball 1 and 2, kept in
/// Snowball 3 as "dutch_porter"), written from its published description. It removes inflections
/// (-en, -s, -e, -heid, -ing, -lijk, -baar, …) inside the regions R1 and R2, undoubles consonants and
/// vowels, and ignores acute and diaeresis accents. Input is one lower-case word.
/// </summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var w = new Word(Prelude(word));
        w.MarkRegions();
        w.Step1();
        w.Step2();
        w.Step3a();
        w.Step3b();
        w.Step4();
        return w.ToString().Replace('I', 'i').Replace('Y', 'y');
    }

    /// <summary>Vowels of the algorithm; 'I' and 'Y' (marked consonants) are not.</summary>
    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';

    /// <summary>
    /// Strips acute and diaeresis accents, then marks a consonantal y (initial, or after a vowel) as Y
    /// and an i between vowels as I, scanning left to right as Snowball's cursor does.
    /// </summary>
    private static char[] Prelude(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'ä' or 'á' => 'a',
                'ë' or 'é' => 'e',
                'ï' or 'í' => 'i',
                'ö' or 'ó' => 'o',
                'ü' or 'ú' => 'u',
                var c => c,
            };
        }

        if (chars[0] == 'y')
        {
            chars[0] = 'Y';
        }

        var at = 0;
        while (true)
        {
            while (at < chars.Length && !IsVowel(chars[at]))
            {
                at++;
            }

            if (at++ >= chars.Length)
            {
                return chars;
            }

            if (at < chars.Length && chars[at] == 'i')
            {
                if (at + 1 < chars.Length && IsVowel(chars[at + 1]))
                {
                    chars[at] = 'I';
                }

                at++;
            }
            else if (at < chars.Length && chars[at] == 'y')
            {
                chars[at++] = 'Y';
            }
        }
    }

    /// <summary>A word being stemmed; suffixes are removed from the end only, so R1 and R2 stay valid.</summary>
    private sealed class Word(char[] chars)
    {
        private int _length = chars.Length;
        private int _r1;
        private int _r2;
        private bool _eFound;

        /// <summary>R1 starts after the first non-vowel that follows a vowel, but no earlier than 3; R2 likewise after R1.</summary>
        public void MarkRegions()
        {
            _r1 = _r2 = _length;
            if (_length < 3)
            {
                return;
            }

            var r1 = AfterVowelThenConsonant(0);
            if (r1 < 0)
            {
                return;
            }

            _r1 = Math.Max(3, r1);
            var r2 = AfterVowelThenConsonant(r1);
            _r2 = r2 < 0 ? _length : r2;
        }

        /// <summary>Step 1: -heden → -heid; -en/-ene after a valid en-ending; -s/-se after a valid s-ending.</summary>
        public void Step1()
        {
            if (EndsWith("heden"))
            {
                if (_length - 5 >= _r1)
                {
                    // "heid" is shorter than "heden", so it fits in place.
                    _length -= 5;
                    "heid".CopyTo(chars.AsSpan(_length));
                    _length += 4;
                }
            }
            else if (EndsWith("ene"))
            {
                EnEnding(3);
            }
            else if (EndsWith("en"))
            {
                EnEnding(2);
            }
            else if (EndsWith("se") || EndsWith("s"))
            {
                var start = _length - (EndsWith("se") ? 2 : 1);
                if (start >= _r1 && start > 0 && !IsVowel(chars[start - 1]) && chars[start - 1] != 'j')
                {
                    _length = start;
                }
            }
        }

        /// <summary>Step 2: a final -e in R1 after a non-vowel goes (and a double kk/dd/tt is undoubled).</summary>
        public void Step2()
        {
            _eFound = false;
            var start = _length - 1;
            if (EndsWith("e") && start >= _r1 && start > 0 && !IsVowel(chars[start - 1]))
            {
                _length = start;
                _eFound = true;
                Undouble();
            }
        }

        /// <summary>Step 3a: -heid in R2, not after c, goes; then a valid -en ending as in step 1.</summary>
        public void Step3a()
        {
            var start = _length - 4;
            if (EndsWith("heid") && start >= _r2 && !(start > 0 && chars[start - 1] == 'c'))
            {
                _length = start;
                if (EndsWith("en"))
                {
                    EnEnding(2);
                }
            }
        }

        /// <summary>Step 3b: derivational endings in R2.</summary>
        public void Step3b()
        {
            if (EndsWith("end") || EndsWith("ing"))
            {
                if (_length - 3 >= _r2)
                {
                    _length -= 3;
                    if (EndsWith("ig") && _length - 2 >= _r2 && !(_length > 2 && chars[_length - 3] == 'e'))
                    {
                        _length -= 2;
                    }
                    else
                    {
                        Undouble();
                    }
                }
            }
            else if (EndsWith("ig"))
            {
                if (_length - 2 >= _r2 && !(_length > 2 && chars[_length - 3] == 'e'))
                {
                    _length -= 2;
                }
            }
            else if (EndsWith("lijk"))
            {
                if (_length - 4 >= _r2)
                {
                    _length -= 4;
                    Step2();
                }
            }
            else if (EndsWith("baar"))
            {
                _length -= _length - 4 >= _r2 ? 4 : 0;
            }
            else if (EndsWith("bar"))
            {
                _length -= _length - 3 >= _r2 && _eFound ? 3 : 0;
            }
        }

        /// <summary>Step 4: a double vowel aa/ee/oo/uu between two non-vowels at the end is made single (maan → man).</summary>
        public void Step4()
        {
            if (_length < 4)
            {
                return;
            }

            var last = chars[_length - 1];
            var (v1, v2, before) = (chars[_length - 3], chars[_length - 2], chars[_length - 4]);
            if (!IsVowel(last) && last != 'I' && v1 == v2 && (v1 is 'a' or 'e' or 'o' or 'u') && !IsVowel(before))
            {
                chars[_length - 2] = last;
                _length--;
            }
        }

        public override string ToString() => new(chars, 0, _length);

        /// <summary>-en or -ene of <paramref name="size"/> letters: removed in R1 after a non-vowel that does not end "gem".</summary>
        private void EnEnding(int size)
        {
            var start = _length - size;
            if (start < _r1 || start == 0 || IsVowel(chars[start - 1]) || (start >= 3 && Matches(start - 3, "gem")))
            {
                return;
            }

            _length = start;
            Undouble();
        }

        private void Undouble()
        {
            if (_length >= 2 && chars[_length - 1] == chars[_length - 2] && chars[_length - 1] is 'k' or 'd' or 't')
            {
                _length--;
            }
        }

        private int AfterVowelThenConsonant(int from)
        {
            var i = from;
            while (i < _length && !IsVowel(chars[i]))
            {
                i++;
            }

            i++;
            while (i < _length && IsVowel(chars[i]))
            {
                i++;
            }

            return i < _length ? i + 1 : -1;
        }

        private bool EndsWith(string suffix) => _length >= suffix.Length && Matches(_length - suffix.Length, suffix);

        private bool Matches(int at, string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (chars[at + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
