namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>What one step of an alignment does.</summary>
public enum MoveKind
{
    /// <summary>Log and model agree on the activity (cost 0).</summary>
    Synchronous,

    /// <summary>The log has an activity the model does not allow here: an inserted step (cost 1).</summary>
    LogOnly,

    /// <summary>The model expects an activity the log lacks here: a skipped step (cost 1).</summary>
    ModelOnly,

    /// <summary>A silent (routing) transition of the model (cost 0).</summary>
    Silent,
}

/// <summary>One step of an alignment: the kind, the activity's name, and the transition (−1 for a log-only move).</summary>
public sealed record AlignmentMove(MoveKind Kind, string Activity, int Transition);
