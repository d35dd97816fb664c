namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Which physical side of the line its X is: Left means X is the left end whatever the script,
/// so a right-to-left line in a card is placed with Right at the card's inner right edge.
/// </summary>
public enum TextAlign
{
    Left,
    Center,
    Right,
}
