namespace InBeeld.Cli.Commands.Maps;

/// <summary>What <c>inbeeld map</c> writes.</summary>
internal enum MapFormat
{
    Svg,
    Pdf,
    Mermaid,
}
