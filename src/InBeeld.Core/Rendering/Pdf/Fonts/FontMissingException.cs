namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>
/// A font file the PDF needs is not where it was looked for. The message (Dutch, or English in
/// an English UI) names the file and says how to install it; callers show it as is.
/// </summary>
public sealed class FontMissingException(string message, string path) : Exception(message)
{
    /// <summary>The full path of the missing file.</summary>
    public string Path { get; } = path;
}
