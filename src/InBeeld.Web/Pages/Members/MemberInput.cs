using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;

namespace InBeeld.Web.Pages.Members;

public sealed record MemberInput
{
    [Display(Name = "Field_UserName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(256, ErrorMessage = "StringLength")]
    public string? UserName { get; init; }

    [Display(Name = "Field_Role")]
    [Required(ErrorMessage = "Required")]
    public StudyRole? Role { get; init; }

    [Display(Name = "Field_Organization")]
    public Guid? OrganizationId { get; init; }
}
