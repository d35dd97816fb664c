namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Fixed sizes of the map, in map units (CSS pixels; a PDF writer multiplies by 0.75 for points).
/// Every step gets its own slot of <see cref="SlotWidth"/> along the x-axis, in its phase column,
/// in route order: the hartslag then has one x per step, cards never share space, and a long
/// route (40–60 steps) makes the map wider instead of cramming cards. On screen the map scrolls
/// horizontally; on paper it is printed wide (A3 landscape or larger) or split by phase.
/// </summary>
public static class LayoutMetrics
{
    public const double Margin = 32;
    public const double HeaderHeight = 72;
    public const double TitleBaseline = 24;
    public const double SubtitleBaseline = 48;

    /// <summary>Left column holding lane names and the hartslag axis labels.</summary>
    public const double LabelColumnWidth = 168;

    public const double CardWidth = 168;

    /// <summary>Space between cards: wide enough for a handover label ("koud", "365 dagen").</summary>
    public const double SlotGap = 72;
    public const double SlotWidth = CardWidth + SlotGap;
    public const double HandoverLabelWidth = 64;

    public const double PhaseHeaderTop = Margin + HeaderHeight;
    public const double PhaseHeaderHeight = 48;

    /// <summary>Top of the hartslag band, right under the phase headers.</summary>
    public const double HartslagTop = PhaseHeaderTop + PhaseHeaderHeight;

    /// <summary>Distance from the band's top to the +2 level.</summary>
    public const double HartslagLevelTop = 36;

    /// <summary>Vertical distance between two experience levels: y(e) = top + 36 + (2 − e) · 26.</summary>
    public const double HartslagLevelStep = 26;
    public const double HartslagHeight = HartslagLevelTop + (4 * HartslagLevelStep) + 40;

    /// <summary>With two series, current points sit this far left of the slot centre and desired ones right.</summary>
    public const double SeriesOffset = 7;
    public const double MarkerSize = 12;
    public const double MarkerDistance = 14;

    public const double LanesTop = HartslagTop + HartslagHeight;
    public const double LanePadding = 16;
    public const double LaneMinHeight = 72;

    public const double CardPadding = 10;
    public const double CardInnerWidth = CardWidth - (2 * CardPadding);

    /// <summary>Handover lines leave and enter cards this far below the card's top.</summary>
    public const double CardAnchorOffset = 20;

    public const int DescriptionMaxLines = 5;
    public const int NoteMaxLines = 3;
    public const int QuoteMaxLines = 4;

    /// <summary>Below this the header and legend would not fit; an empty map keeps this width.</summary>
    public const double MinWidth = 960;

    /// <summary>The y of an experience level on the hartslag axis (+2 on top).</summary>
    public static double ExperienceY(int experience) =>
        HartslagTop + HartslagLevelTop + ((2 - experience) * HartslagLevelStep);
}
