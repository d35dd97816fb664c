namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// Whole traces cut from an XES file for one worker: the bytes, the line they start on and the
/// characters before them on that line (so messages name the place in the whole file).
/// </summary>
internal sealed record XesChunk(int Number, byte[] Bytes, int Length, long Line, int Column);
