namespace InBeeld.Core.Rendering.Pdf.Documents;

/// <summary>One block of a plain A4 report (a plan, a summary): text flows down the page and on to the next.</summary>
public abstract record ReportBlock;

/// <summary>A heading; level 1 is the report's title, level 2 a section, level 3 a group within it.</summary>
public sealed record ReportHeading(string Text, int Level) : ReportBlock;

/// <summary>A paragraph; <paramref name="Muted"/> sets it smaller and grey (notes, counts).</summary>
public sealed record ReportParagraph(string Text, bool Muted = false) : ReportBlock;

/// <summary>
/// A table with a header row repeated on every page it runs onto. <paramref name="Widths"/> are relative
/// column widths; cells wrap within their column.
/// </summary>
public sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
