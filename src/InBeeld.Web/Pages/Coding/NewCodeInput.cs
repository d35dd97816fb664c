using System.ComponentModel.DataAnnotations;

namespace InBeeld.Web.Pages.Coding;

/// <summary>The form that adds a code. Checked by the codebook service, which names the field in its message.</summary>
public sealed class NewCodeInput
{
    [Display(Name = "Field_CodeName")]
    public string? Name { get; set; }

    [Display(Name = "Field_CodeDescription")]
    public string? Description { get; set; }

    [Display(Name = "Field_CodeColour")]
    public string? Colour { get; set; } = Core.Analysis.Coding.CodeRules.DefaultColour;

    [Display(Name = "Field_CodeParent")]
    public Guid? ParentId { get; set; }
}
