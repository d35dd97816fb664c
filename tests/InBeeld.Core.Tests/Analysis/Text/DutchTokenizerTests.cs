using InBeeld.Core.Analysis.Text;

namespace InBeeld.Core.Tests.Analysis.Text;

public sealed class DutchTokenizerTests
{
    [Fact]
    public void Words_SplitOnPunctuationHyphensAndApostrophes_AndLowerCase()
    {
        DutchTokenizer.Words("De GGZ-aanbieder belde: \"auto's\" en 18 worden!").ShouldBe(
            ["de", "ggz", "aanbieder", "belde", "auto", "s", "en", "18", "worden"]);
    }

    [Fact]
    public void Words_TreatComposedAndDecomposedAccentsAlike()
    {
        var composed = "privé";
        var decomposed = "prive\u0301";

        DutchTokenizer.Words(decomposed).ShouldBe(DutchTokenizer.Words(composed));
    }

    [Fact]
    public void Terms_DropStopWordsAndSingleLetters_AndStem()
    {
        DutchTokenizer.Terms("Ik heb drie weken niks gehoord over de aanvragen van mijn auto's").ShouldBe(
            ["drie", "wek", "nik", "gehoord", "aanvrag", "auto"]);
        DutchStopWords.Count.ShouldBe(101);
        DutchStopWords.Contains("niet").ShouldBeTrue();
    }
}
