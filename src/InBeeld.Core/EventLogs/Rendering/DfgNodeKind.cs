namespace InBeeld.Core.EventLogs.Rendering;

public enum DfgNodeKind
{
    Start,
    Activity,
    End,
}
