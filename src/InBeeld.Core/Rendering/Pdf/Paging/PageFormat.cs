namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>A landscape page in PDF points (1/72 inch) with the margin kept free on every side.</summary>
internal sealed record PageFormat(double Width, double Height, double Margin)
{
    /// <summary>Map units are CSS pixels: 96 per inch, so 0.75 pt each at natural size.</summary>
    public const double PointsPerUnit = 0.75;

    public static PageFormat For(PaperSize paper) => paper switch
    {
        // ISO 216 sizes in millimetres (A3 420 × 297, A4 297 × 210), landscape, × 72 / 25.4.
        PaperSize.A3 => new(420 * 72 / 25.4, 297 * 72 / 25.4, 28),
        _ => new(297 * 72 / 25.4, 210 * 72 / 25.4, 28),
    };

    public double InnerWidth => Width - (2 * Margin);
    public double InnerHeight => Height - (2 * Margin);
}
