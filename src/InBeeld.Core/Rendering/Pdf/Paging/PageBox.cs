using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>A filled and/or outlined rectangle on a page (table cells, rules).</summary>
internal sealed record PageBox(Box Bounds, string? Fill, string? Stroke);
