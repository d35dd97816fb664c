namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>Measures of the process map, in map units (CSS pixels).</summary>
public sealed record DfgLayoutOptions
{
    public double FontSize { get; init; } = 13;
    public double MaxNodeWidth { get; init; } = 200;
    public double MinNodeWidth { get; init; } = 110;
    public int MaxNameLines { get; init; } = 3;
    public double NodeGap { get; init; } = 36;
    public double LayerGap { get; init; } = 64;
    public double Margin { get; init; } = 24;

    /// <summary>Show the median waiting time next to each arrow's count.</summary>
    public bool ShowWaits { get; init; } = true;

    /// <summary>Barycentre sweeps to reduce crossings (the best ordering seen is kept).</summary>
    public int OrderingSweeps { get; init; } = 24;
}
