namespace InBeeld.Core.Rendering.Layout;

/// <summary>One already-wrapped line of text; Y is its baseline.</summary>
public sealed record TextLine(string Text, double X, double Y, TextStyle Style, TextAlign Align, bool RightToLeft = false);
