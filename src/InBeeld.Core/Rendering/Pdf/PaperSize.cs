namespace InBeeld.Core.Rendering.Pdf;

/// <summary>
/// Paper for a PDF map. A3 makes a landscape poster of the map alone; A4 makes a landscape
/// booklet: the map over as many pages as it needs, then the step table and the quotes.
/// </summary>
public enum PaperSize
{
    A3,
    A4,
}
