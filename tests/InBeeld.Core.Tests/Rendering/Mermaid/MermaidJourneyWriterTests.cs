using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering.Mermaid;

public sealed class MermaidJourneyWriterTests
{
    [Fact]
    public void SmallMap_GivesSectionsPerPhaseAndScoresOneToFive()
    {
        // Experience −2…+2 plus 3: step 1 (+1) scores 4, step 2 (−2) 1, step 3 (0) 3.
        JourneyMapRenderer.RenderMermaid(JourneyMapFixtures.Small()).ShouldBe(
            """
            journey
                title Klantreis van ACH-07 – Jongeren 16-27 in de Achterhoek
                section Oriëntatie
                  Mentor bespreekt wat na het examen komt.: 4: School
                  %% Wat gaat goed: Mentor neemt de tijd
                  %% Citaat: Ze zei: kijk maar op internet.
                  %% Overdracht naar de volgende stap: koud · 14 dagen
                section Aanmelding
                  Meldt zich online aan voor een uitkering.: 1: UWV
                  %% Knelpunt: Formulier onduidelijk
                  Belt zelf een vriend die het ook deed.: 3: Cliënt

            """);
    }

    [Fact]
    public void Output_ParsesAsMermaidJourney()
    {
        var statements = MermaidJourneyLexer.Parse(JourneyMapRenderer.RenderMermaid(JourneyMapFixtures.Realistic()));
        statements.Count(s => s.Kind == "task").ShouldBe(12);
        statements.Where(s => s.Kind == "section").Select(s => s.Name.Trim())
            .ShouldBe(["Oriëntatie", "Aanmelding", "Begeleiding", "Nazorg", "Zonder fase"]);
        // Step 10 has no experience: neutral score, said so in its name.
        statements.Where(s => s.Kind == "task").ElementAt(9).ShouldBe(("task", "Gemeente belt na drie maanden hoe het gaat. (beleving onbekend)", " 3: Gemeente (Participatie)"));
    }

    [Fact]
    public void CharactersMermaidCannotHold_AreReplacedByLookAlikes()
    {
        var model = new JourneyMapModel
        {
            Header = JourneyMapFixtures.Header("ACH;07#"),
            Phases = ["Section 8: wonen"],
            Organizations = ["Gemeente, afdeling Jeugd: Wmo"],
            Steps =
            [
                new() { Phase = 0, Organization = 0, Description = "Let op: #1; formulier\nkwijt", Experience = 2 },
                new() { Description = "Journey to work", Experience = -1 },
                new() { Description = "title: %% geen commentaar", Experience = 0 },
            ],
        };

        var text = JourneyMapRenderer.RenderMermaid(model);
        var statements = MermaidJourneyLexer.Parse(text);

        statements.ShouldBe(
        [
            ("title", "Klantreis van ACH；07＃ – Jongeren 16-27 in de Achterhoek", null),
            ("section", "\u200BSection 8∶ wonen", null),
            ("task", "Let op∶ ＃1； formulier kwijt", " 5: Gemeente‚ afdeling Jeugd∶ Wmo"),
            ("section", "Zonder fase", null),
            ("task", "\u200BJourney to work", " 2: Cliënt"),
            ("task", "\u200Btitle∶ %% geen commentaar", " 3: Cliënt"),
        ]);
    }

    [Fact]
    public void LongDescriptions_AreShortenedWithAnEllipsis()
    {
        var model = new JourneyMapModel { Header = JourneyMapFixtures.Header(), Steps = [new() { Description = AwkwardFixtures.LongText(300), Experience = 1 }] };
        var task = MermaidJourneyLexer.Parse(JourneyMapRenderer.RenderMermaid(model)).Single(s => s.Kind == "task");
        task.Name.Length.ShouldBeLessThanOrEqualTo(80);
        task.Name.ShouldEndWith("…");
    }

    [Fact]
    public void EmptyJourney_IsStillAValidDiagram()
    {
        MermaidJourneyLexer.Parse(JourneyMapRenderer.RenderMermaid(new JourneyMapModel { Header = JourneyMapFixtures.Header() }))
            .ShouldBe([("title", "Klantreis van ACH-07 – Jongeren 16-27 in de Achterhoek", null)]);
    }
}
