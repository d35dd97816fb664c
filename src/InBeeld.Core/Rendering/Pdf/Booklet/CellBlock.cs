using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf.Booklet;

/// <summary>A paragraph in a table cell, optionally after a pain-point or bright-spot symbol.</summary>
internal sealed record CellBlock(string Text, TextStyle Style, MarkerKind? Marker = null);
