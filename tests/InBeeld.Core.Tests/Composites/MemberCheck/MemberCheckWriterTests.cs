using System.Globalization;
using System.Text.RegularExpressions;
using InBeeld.Core.Composites.MemberCheck;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Composites.MemberCheck;

public sealed partial class MemberCheckWriterTests
{
    private static JourneyMapModel Model() => new()
    {
        Header = new JourneyMapHeader { StudyTitle = "Onderzoek", Subject = "ACH-07", Date = new DateOnly(2020, 3, 14) },
        Phases = ["Mbo"],
        Organizations = ["Mbo-college", "RMC"],
        Steps =
        [
            new JourneyMapStep { Phase = 0, Organization = 0, Channel = "E-mail", Description = "Kreeg een mail over verzuim", Experience = -2, PainPoint = "Geen gesprek", Handover = HandoverKind.Cold, WaitingDays = 40, Quote = "Toen dacht ik: laat maar." },
            new JourneyMapStep { Description = "Zat thuis", Experience = 0, Handover = HandoverKind.Warm },
            new JourneyMapStep { Organization = 1, Description = "RMC kwam langs!", Experience = 1, BrightSpot = "Ze oordeelde niet" },
        ],
    };

    [Fact]
    public void EachStep_IsToldInShortSentences_InTheParticipantsOwnWords()
    {
        var document = MemberCheckWriter.Write(Model());

        document.Title.ShouldBe("Jouw route: klopt dit?");
        document.Introduction.ShouldStartWith("Op 14 maart 2020 heb je ons over je ervaringen verteld. Wij hebben dat opgeschreven in 3 stappen.");
        document.Steps.Select(s => s.Heading).ShouldBe(["Stap 1", "Stap 2", "Stap 3"]);
        document.Steps[0].Sentences.ShouldBe(
        [
            "Kreeg een mail over verzuim.",
            "Dit was bij Mbo-college.",
            "Het contact ging via: e-mail.",
            "Dit voelde heel slecht.",
            "Wat niet goed ging: Geen gesprek.",
            "Jij zei: \u201cToen dacht ik: laat maar.\u201d",
            "Daarna werd je doorgestuurd. Je moest je verhaal opnieuw vertellen.",
            "Je wachtte 40 dagen op de volgende stap.",
        ]);
        document.Steps[1].Sentences.ShouldBe(["Zat thuis.", "Dit deed je zelf.", "Dit voelde niet goed en niet slecht.",
            "Daarna bracht iemand je in contact met de volgende. Je hoefde je verhaal niet opnieuw te vertellen."]);
        // The last step hands over to no one; a text that ends a sentence keeps its own mark.
        document.Steps[2].Sentences.ShouldBe(["RMC kwam langs!", "Dit was bij RMC.", "Dit voelde goed.", "Wat goed ging: Ze oordeelde niet."]);
        document.AnswerYes.ShouldBe("Ja, dit klopt.");
    }

    [Fact]
    public void FixedSentences_StayShort_ForB1()
    {
        // B1 guideline (Rijksoverheid "Direct duidelijk"): sentences of at most about 15 words.
        // Checked on every fixed text, with the participant's own texts left out.
        var document = MemberCheckWriter.Write(Model());
        var fixedTexts = new[] { document.Introduction, document.Question, document.AnswerYes, document.AnswerNo, document.Closing }
            .Concat(document.Steps.SelectMany(s => s.Sentences.Where(x => x.StartsWith("Daarna", StringComparison.Ordinal) || x.StartsWith("Dit", StringComparison.Ordinal) || x.StartsWith("Je ", StringComparison.Ordinal))));
        foreach (var sentence in fixedTexts.SelectMany(t => SentenceEnd().Split(t)).Where(s => s.Length > 0))
        {
            sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(15, sentence);
        }
    }

    [Fact]
    public void English_IsAvailable()
    {
        var document = MemberCheckWriter.Write(Model(), CultureInfo.GetCultureInfo("en"));

        document.Title.ShouldBe("Your journey: is this right?");
        document.Steps[0].Sentences[3].ShouldBe("This felt very bad.");
    }

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}
