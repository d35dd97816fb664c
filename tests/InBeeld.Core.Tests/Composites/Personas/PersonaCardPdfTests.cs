using System.Text;
using InBeeld.Core.Composites.Personas;
using InBeeld.Core.Rendering.Pdf.Fonts;
using PdfSharp.Pdf.IO;

namespace InBeeld.Core.Tests.Composites.Personas;

public sealed class PersonaCardPdfTests
{
    [Fact]
    public void Card_IsOneA4Page_TitledAsAFictitiousPerson()
    {
        var card = new PersonaCard
        {
            StudyTitle = "Jongeren 16-27 in de Achterhoek (fictief)",
            Name = "Sanne",
            Age = 19,
            Situation = "Woont bij haar moeder, stopte met het mbo.",
            WhatMatters = "Eén vast aanspreekpunt.",
            Story = string.Join(" ", Enumerable.Repeat("Een lang verhaal dat over de rand van de pagina zou lopen.", 400)),
            GroupName = "Uitval en weer gevonden",
            InterviewCount = 4,
        };
        using var stream = new MemoryStream();

        PersonaCardPdf.Write(card, NotoFonts.Load(), TimeProvider.System, stream);

        stream.Position = 0;
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        document.PageCount.ShouldBe(1); // a story far too long is cut off, not spread over pages
        document.Pages[0].Width.Point.ShouldBe(595.28, 0.01);
        document.Pages[0].Height.Point.ShouldBe(841.89, 0.01);
        document.Info.Title.ShouldBe("Persona: Sanne");
        document.Info.Subject.ShouldBe("Fictief persoon");
        Encoding.ASCII.GetString(stream.ToArray()).ShouldContain("/Lang(nl-NL)");
    }
}
