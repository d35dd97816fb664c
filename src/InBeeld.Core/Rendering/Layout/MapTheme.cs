namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Colours and type of the map: a calm, neutral palette in the spirit of the NL Design System
/// voorbeeld theme, printable in grey. Meaning never rests on colour alone: handovers also differ
/// in line style and label, series in dash and point shape, symbols in outline. Handover colours
/// come from the Okabe–Ito colour-blind-safe set, darkened for contrast on white.
/// </summary>
public static class MapTheme
{
    public const string FontFamily = "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, sans-serif";

    public const string Ink = "#1f2933";
    public const string Heading = "#0b2a4a";
    public const string Muted = "#4a5968";
    public const string Background = "#ffffff";
    public const string HeaderFill = "#e6eef6";
    public const string ClientLaneFill = "#eef4fa";
    public const string LaneFill = "#ffffff";
    public const string LaneFillAlternate = "#f5f7f9";
    public const string Rule = "#c9d2db";
    public const string CardFill = "#ffffff";
    public const string CardStroke = "#8b9bab";
    public const string GridLine = "#dde3e9";
    public const string ZeroLine = "#9aa8b6";
    public const string CurrentSeries = "#154273";
    public const string DesiredSeries = "#8a3f7a";
    public const string PainPoint = "#b42318";
    public const string BrightSpot = "#e3a008";
    public const string BrightSpotStroke = "#7a5200";
    public const string HandoverWarm = "#00795a";
    public const string HandoverCold = "#0b5fa5";
    public const string HandoverNone = "#c2410c";
    public const string HandoverNotRecorded = "#6b7785";

    public static readonly TextStyle Title = new(22, true, false, Heading);
    public static readonly TextStyle Subtitle = new(13, false, false, Muted);
    public static readonly TextStyle PhaseName = new(13, true, false, Heading);
    public static readonly TextStyle PhaseNameMissing = new(13, true, true, Muted);
    public static readonly TextStyle LaneName = new(13, true, false, Heading);
    public static readonly TextStyle LaneNote = new(10.5, false, true, Muted);
    public static readonly TextStyle BandTitle = new(12, true, false, Heading);
    public static readonly TextStyle AxisLabel = new(11, false, false, Muted);
    public static readonly TextStyle StepNumber = new(10, true, false, Muted);
    public static readonly TextStyle CardHeader = new(11, true, false, Muted);
    public static readonly TextStyle CardBody = new(12, false, false, Ink);
    public static readonly TextStyle CardNote = new(11, false, false, Ink);
    public static readonly TextStyle CardQuote = new(11, false, true, Muted);
    public static readonly TextStyle HandoverKindLabel = new(10, true, false, Ink);
    public static readonly TextStyle HandoverWaitLabel = new(10, false, false, Ink);
    public static readonly TextStyle Legend = new(11, false, false, Ink);
    public static readonly TextStyle Footer = new(11, false, true, Muted);
    public static readonly TextStyle EmptyMessage = new(16, false, true, Muted);
}
