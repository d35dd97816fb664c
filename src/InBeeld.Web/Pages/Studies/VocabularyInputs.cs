using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;

namespace InBeeld.Web.Pages.Studies;

/// <summary>The five lists of a study's vocabulary; the value names the page section and the handler argument.</summary>
public enum VocabularyKind
{
    Organization,
    Phase,
    TurningPoint,
    Channel,
    Attribute,
}

public sealed record OrganizationInput
{
    [Display(Name = "Field_OrganizationName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? Name { get; init; }

    [Display(Name = "Field_OrganizationType")]
    public OrganizationType Type { get; init; }
}

/// <summary>A phase, turning point or channel: a name and, for the first two, a description.</summary>
public sealed record NamedItemInput
{
    [Display(Name = "Field_ItemName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? Name { get; init; }

    [Display(Name = "Field_ItemDescription")]
    [StringLength(2_000, ErrorMessage = "StringLength")]
    public string? Description { get; init; }
}

public sealed record AttributeInput
{
    [Display(Name = "Field_AttributeKey")]
    [Required(ErrorMessage = "Required")]
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,63}$", ErrorMessage = "AttributeKeyFormat")]
    public string? Key { get; init; }

    [Display(Name = "Field_AttributeLabel")]
    [Required(ErrorMessage = "Required")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? Label { get; init; }

    [Display(Name = "Field_AttributeType")]
    public AttributeType Type { get; init; }

    /// <summary>One choice per line; only for <see cref="AttributeType.Choice"/>.</summary>
    [Display(Name = "Field_AttributeChoices")]
    [StringLength(10_000, ErrorMessage = "StringLength")]
    public string? Choices { get; init; }

    public List<string> ChoiceList() =>
        (Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
