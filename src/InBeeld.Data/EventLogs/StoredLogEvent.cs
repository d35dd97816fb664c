namespace InBeeld.Data.EventLogs;

/// <summary>
/// One occurrence of an activity in a case of a stored log. A lifecycle start/complete pair is one
/// row with both times (<see cref="StartTicks"/> null when the occurrence has no own start), so the
/// lifecycle needs no column of its own. Names are numbers into <see cref="StoredLogName"/>.
/// </summary>
/// <remarks>
/// <see cref="Seq"/> is the position within the case in the order the reader fixed (by start time,
/// then file order); queries order by (time, Seq), which gives the same order.
/// </remarks>
public sealed class StoredLogEvent
{
    public Guid LogId { get; set; }
    public int CaseNo { get; set; }
    public int Seq { get; set; }
    public int Activity { get; set; }
    public int? Resource { get; set; }
    public int? Organization { get; set; }

    /// <summary>UTC ticks; null when equal to <see cref="CompleteTicks"/>.</summary>
    public long? StartTicks { get; set; }

    /// <summary>UTC ticks.</summary>
    public long CompleteTicks { get; set; }
}
