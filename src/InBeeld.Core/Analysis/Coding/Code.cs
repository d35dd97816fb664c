namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// A label in a study's codebook (code or thema). Codes form a tree through <see cref="ParentId"/>;
/// a parent stands for its whole branch, so pattern counts of a parent include its descendants.
/// Shaped for the Data layer: a later schema version stores it as it is.
/// </summary>
public sealed class Code
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>The parent code, or null for a top-level code.</summary>
    public Guid? ParentId { get; set; }

    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Colour as <c>#rrggbb</c> (see <see cref="CodeRules.IsValidColour"/>), so maps and exports can show it.</summary>
    public string Colour { get; set; } = CodeRules.DefaultColour;

    /// <summary>Position among its siblings.</summary>
    public int Order { get; set; }
}
