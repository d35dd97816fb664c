using System.ComponentModel.DataAnnotations;

namespace InBeeld.Web.Pages.Account;

public sealed record LoginInput
{
    [Display(Name = "Field_UserName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(256, ErrorMessage = "StringLength")]
    public string? UserName { get; init; }

    [Display(Name = "Field_Password")]
    [Required(ErrorMessage = "Required")]
    [StringLength(256, ErrorMessage = "StringLength")]
    public string? Password { get; init; }
}

public sealed record CodeInput
{
    [Display(Name = "Field_Code")]
    [Required(ErrorMessage = "Required")]
    [StringLength(32, ErrorMessage = "StringLength")]
    public string? Code { get; init; }
}

public sealed record NewPasswordInput
{
    [Display(Name = "Field_CurrentPassword")]
    [Required(ErrorMessage = "Required")]
    [StringLength(256, ErrorMessage = "StringLength")]
    public string? CurrentPassword { get; init; }

    [Display(Name = "Field_NewPassword")]
    [Required(ErrorMessage = "Required")]
    [StringLength(256, ErrorMessage = "StringLength")]
    public string? NewPassword { get; init; }

    [Display(Name = "Field_ConfirmPassword")]
    [Required(ErrorMessage = "Required")]
    [Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
    public string? ConfirmPassword { get; init; }
}
