namespace InBeeld.Core.Actions;

/// <summary>Where an improvement action stands. Changes are kept as <see cref="ActionStatusChange"/> history.</summary>
public enum ActionStatus
{
    /// <summary>Voorgesteld: someone put it forward; nobody has committed yet.</summary>
    Proposed,

    /// <summary>Afgesproken: the owner organisation agreed to do it.</summary>
    Agreed,

    /// <summary>In uitvoering.</summary>
    InProgress,

    /// <summary>Gerealiseerd: done; no longer monitored.</summary>
    Realised,

    /// <summary>Gestopt: deliberately ended without result; no longer monitored.</summary>
    Stopped,
}
