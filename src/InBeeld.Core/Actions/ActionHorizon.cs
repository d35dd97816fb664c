namespace InBeeld.Core.Actions;

/// <summary>The seed studies split actions into what a partner can change now and what needs longer.</summary>
public enum ActionHorizon
{
    /// <summary>Direct: can be done within the current way of working.</summary>
    Direct,

    /// <summary>Lange termijn: needs policy, budget or systems to change.</summary>
    LongTerm,
}
