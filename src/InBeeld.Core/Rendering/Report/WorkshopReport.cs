namespace InBeeld.Core.Rendering.Report;

/// <summary>
/// A workshop report (werksessie-verslag): the top patterns of a study in plain sentences, each
/// with the quotes behind it. The caller has already chosen what may be shown (quotes only from
/// participants who consented to being quoted); the writers only lay it out.
/// </summary>
public sealed record WorkshopReport(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);

public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

public sealed record ReportBlock(ReportBlockKind Kind, string Text);

public enum ReportBlockKind
{
    Paragraph,

    /// <summary>One finding, e.g. "Wachten: 12 van 36 interviews".</summary>
    Finding,

    /// <summary>A participant's own words.</summary>
    Quote,

    /// <summary>A caution that belongs with the figure, such as a small group.</summary>
    Warning,
}
