namespace InBeeld.Core.Rendering;

/// <summary>What the map is about, printed above it and in its accessible summary.</summary>
public sealed record JourneyMapHeader
{
    public required string StudyTitle { get; init; }

    /// <summary>Whose journey: a participant's pseudonym code (ACH-07) or a persona's name.</summary>
    public required string Subject { get; init; }

    /// <summary>Interview date, or the date the composite journey was made.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How many interviews the journey rests on: 1 for an interview, more for a composite.</summary>
    public int InterviewCount { get; init; } = 1;

    /// <summary>A persona of a composite journey: the person is made up, the events are real.</summary>
    public bool IsFictitiousPerson { get; init; }
}
