namespace InBeeld.Web.Setup;

/// <summary>Whether a fictitious demo study is loaded into an empty database, so a first start shows a working product.</summary>
public sealed record DemoOptions
{
    public const string SectionName = "Demo";

    public bool LoadOnEmptyDatabase { get; init; } = true;
}
