using InBeeld.Core.Rendering;

namespace InBeeld.Data.Maps;

/// <summary>An interview's journey map with the facts pages and commands need around it.</summary>
public sealed record InterviewMap(
    Guid StudyId,
    Guid InterviewId,
    string ParticipantCode,
    DateOnly Date,
    bool ConsentGiven,
    JourneyMapModel Model)
{
    /// <summary>A file name without spaces or characters file systems refuse: "klantreis-ACH-07-2024-03-14".</summary>
    public string FileStem => $"klantreis-{string.Concat(ParticipantCode.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'))}-{Date:yyyy-MM-dd}";
}
