using InBeeld.Core.Rendering;

namespace InBeeld.Data.Maps;

/// <summary>
/// An interview's journey map with the facts pages and commands need around it.
/// <see cref="QuoteIds"/> holds, per step, the ids of its quotes in the model's order (the one on
/// the map first), so a page can offer to pick another.
/// </summary>
public sealed record InterviewMap(
    Guid StudyId,
    Guid InterviewId,
    string ParticipantCode,
    DateOnly Date,
    bool ConsentGiven,
    JourneyMapModel Model,
    IReadOnlyList<IReadOnlyList<Guid>> QuoteIds)
{
    /// <summary>A file name without spaces or characters file systems refuse: "klantreis-ACH-07-2024-03-14".</summary>
    public string FileStem => $"klantreis-{string.Concat(ParticipantCode.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'))}-{Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
