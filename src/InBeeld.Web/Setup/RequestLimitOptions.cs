namespace InBeeld.Web.Setup;

/// <summary>
/// Upper bounds on request size. The largest honest form is an interview with a transcript of
/// <see cref="Core.Interviews.InterviewRules.MaxTranscriptLength"/> characters, which URL-encoded
/// can take a few bytes per character; anything larger is refused before it reaches a page.
/// </summary>
public sealed record RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    public int MaxFormValueBytes { get; init; } = 6 * 1024 * 1024;

    public int MaxFormFields { get; init; } = 2_000;

    internal bool IsValid() => MaxRequestBodyBytes > 0 && MaxFormValueBytes > 0 && MaxFormFields > 0;
}
