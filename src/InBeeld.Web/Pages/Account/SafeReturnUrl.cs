namespace InBeeld.Web.Pages.Account;

/// <summary>Only local paths are followed after sign-in, so a crafted link cannot send someone to another site.</summary>
internal static class SafeReturnUrl
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
