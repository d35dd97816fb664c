using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Interviews;

namespace InBeeld.Web.Pages.Studies;

/// <summary>The set-up fields of a study, shared by Create and Edit. Dates stay text until <see cref="StudyValidation"/> reads them.</summary>
public sealed record StudyInput
{
    [Display(Name = "Field_Title")]
    [Required(ErrorMessage = "Required")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? Title { get; init; }

    [Display(Name = "Field_TargetGroup")]
    [StringLength(1_000, ErrorMessage = "StringLength")]
    public string? TargetGroup { get; init; }

    [Display(Name = "Field_CentralQuestion")]
    [StringLength(2_000, ErrorMessage = "StringLength")]
    public string? CentralQuestion { get; init; }

    [Display(Name = "Field_PeriodStart")]
    public string? PeriodStart { get; init; }

    [Display(Name = "Field_PeriodEnd")]
    public string? PeriodEnd { get; init; }

    /// <summary>Bewaartermijn in months after each interview; 1 to 240 (20 years), or empty while not decided.</summary>
    [Display(Name = "Field_RetentionMonths")]
    [Range(1, 240, ErrorMessage = "RetentionRange")]
    public int? RetentionMonths { get; init; }

    [Display(Name = "Field_Municipalities")]
    public List<string> Municipalities { get; init; } = [];
}
