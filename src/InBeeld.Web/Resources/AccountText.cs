namespace InBeeld.Web.Resources;

/// <summary>Texts of sign-in, account, administration and study-member pages. Dutch in AccountText.resx, English in AccountText.en.resx.</summary>
public sealed class AccountText;
