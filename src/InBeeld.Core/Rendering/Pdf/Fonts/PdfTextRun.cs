namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>A piece of a line in visual order, drawn with one face.</summary>
internal sealed record PdfTextRun(string Text, PdfFace Face);
