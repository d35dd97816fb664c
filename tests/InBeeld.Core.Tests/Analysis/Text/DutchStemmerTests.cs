using InBeeld.Core.Analysis.Text;

namespace InBeeld.Core.Tests.Analysis.Text;

/// <summary>
/// Words and stems from the published vocabulary and output of Porter's Dutch stemmer
/// (snowball-data, dutch/diffs.txt). The traces below were reproduced by hand from the algorithm's
/// description before the code was run against them.
/// </summary>
public sealed class DutchStemmerTests
{
    [Theory]
    // Step 1 (-en, -s, -heden) with R1 at least 3 letters in.
    [InlineData("aachen", "aach")]                    // R1 = 3; -en at 4 after 'h'
    [InlineData("aanbesteden", "aanbested")]
    [InlineData("grijzen", "grijz")]
    [InlineData("grijns", "grijn")]                   // -s after 'n', a valid s-ending
    [InlineData("groepjes", "groepjes")]              // -s after a vowel stays
    [InlineData("groenfondsen", "groenfonds")]        // one step-1 suffix only
    [InlineData("groenfonds", "groenfond")]
    [InlineData("groningen", "groning")]              // -ing not in R2 (R2 = 6)
    [InlineData("grootheden", "grootheid")]           // -heden → -heid; -heid then not in R2
    // Step 2 (-e) with undoubling.
    [InlineData("aangifte", "aangift")]
    [InlineData("groepje", "groepj")]
    [InlineData("grootte", "grot")]                   // -e, tt → t, then oo → o
    [InlineData("grootste", "grootst")]
    // Step 3 (-heid, -ing, -ig, -lijk, -baar) in R2.
    [InlineData("aanbevelingen", "aanbevel")]         // -en, then -ing in R2 (R2 = 6)
    [InlineData("aandachtig", "aandacht")]
    [InlineData("aandachtige", "aandacht")]
    [InlineData("aandachtiger", "aandachtiger")]
    [InlineData("aanbiddelijk", "aanbid")]            // -lijk, then -e, then dd → d
    [InlineData("aanhankelijkheid", "aanhank")]       // -heid, -lijk, -e
    [InlineData("aansprakelijkheden", "aansprak")]    // -heden → -heid, then as above
    [InlineData("aandoenlijke", "aandoen")]
    [InlineData("aanpasbaarheid", "aanpas")]
    [InlineData("aangetekend", "aangetek")]           // -end in R2, nothing to undouble
    [InlineData("grondwaterverontreiniging", "grondwaterverontrein")] // -ing then -ig
    [InlineData("grillige", "grillig")]               // -ig not in R2 (R2 = 7)
    [InlineData("grilligheid", "grillig")]
    [InlineData("groezeligs", "groezel")]
    [InlineData("grijpende", "grijpend")]             // -end starts before R2
    // Step 4: a double vowel between consonants at the end is undoubled.
    [InlineData("aalsmeer", "aalsmer")]
    [InlineData("aangenaam", "aangenam")]
    [InlineData("aandeel", "aandel")]
    [InlineData("aanbood", "aanbod")]
    [InlineData("greep", "grep")]
    [InlineData("green", "gren")]                     // -en not in R1 (R1 = 5), then ee → e
    [InlineData("aaneen", "aanen")]                   // -en after a vowel stays; then ee → e
    [InlineData("aan", "aan")]                        // too short for step 4
    // Prelude: i between vowels is a consonant; accents go.
    [InlineData("groeien", "groei")]                  // groeIen: -en after 'I', a non-vowel
    [InlineData("groeiende", "groeiend")]
    [InlineData("groeiing", "groeiing")]              // groeIing: R2 = 7, so -ing stays
    [InlineData("gróot", "grot")]
    [InlineData("áan", "aan")]
    [InlineData("gròotmeesteres", "gròotmeesteres")]  // ò is not an accent the algorithm removes
    public void Stem_ReproducesThePublishedOutput(string word, string stem)
    {
        DutchStemmer.Stem(word).ShouldBe(stem);
    }

    [Fact]
    public void Stem_ConflatesTheFormsOfOneWord()
    {
        // The point of stemming for suggestions: inflected forms meet.
        new[] { "wachten", "wacht", "wachtte" }.Select(DutchStemmer.Stem).Distinct().ShouldBe(["wacht"]);
        new[] { "aanbevelingen", "aanbeveling", "aanbevelen" }.Select(DutchStemmer.Stem).Distinct().ShouldBe(["aanbevel"]);
        DutchStemmer.Stem("").ShouldBe("");
    }
}
