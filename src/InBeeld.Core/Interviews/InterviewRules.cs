namespace InBeeld.Core.Interviews;

/// <summary>Limits shared by the web forms, the importer and the database schema.</summary>
public static class InterviewRules
{
    public const int MinExperience = -2;
    public const int MaxExperience = 2;

    /// <summary>About 250 pages of text: enough for a long interview, small enough to keep pages fast.</summary>
    public const int MaxTranscriptLength = 500_000;

    public const int MaxDescriptionLength = 2_000;
    public const int MaxQuoteLength = 4_000;
    public const int MaxNameLength = 200;
    public const int MaxStepsPerInterview = 500;

    public static bool IsValidExperience(int? value) =>
        value is null or (>= MinExperience and <= MaxExperience);
}
