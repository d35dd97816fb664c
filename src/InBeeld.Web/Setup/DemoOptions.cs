namespace InBeeld.Web.Setup;

/// <summary>Whether a fictitious demo study is loaded into an empty database, so a first start shows a working product.</summary>
public sealed record DemoOptions
{
    public const string SectionName = "Demo";

    public bool LoadOnEmptyDatabase { get; init; } = true;

    /// <summary>
    /// Password of the demo researcher account made with the demo study. Empty: a random one,
    /// printed once in the server log. The account sees only the fictitious demo study.
    /// </summary>
    public string? ResearcherPassword { get; init; }

    public const string ResearcherUserName = "demo";
}
