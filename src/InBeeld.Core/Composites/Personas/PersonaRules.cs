namespace InBeeld.Core.Composites.Personas;

/// <summary>Limits of a persona's fields: a card fits on one A4 page.</summary>
public static class PersonaRules
{
    public const int MaxNameLength = 80;
    public const int MaxSituationLength = 600;
    public const int MaxWhatMattersLength = 600;
    public const int MaxStoryLength = 2_000;
    public const int MinAge = 0;
    public const int MaxAge = 120;
}
