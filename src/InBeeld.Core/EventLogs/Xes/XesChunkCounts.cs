namespace InBeeld.Core.EventLogs.Xes;

/// <summary>How many chunks of a parallel read the byte scanner read, and how many went to the XML reader.</summary>
internal sealed class XesChunkCounts
{
    public int Fast { get; set; }

    public int Xml { get; set; }
}
