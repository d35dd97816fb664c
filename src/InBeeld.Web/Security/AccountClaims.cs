using System.Security.Claims;

namespace InBeeld.Web.Security;

/// <summary>The claims InBeeld adds to a signed-in person, and helpers to read them.</summary>
public static class AccountClaims
{
    public const string Administrator = "inbeeld:admin";
    public const string MustChangePassword = "inbeeld:must-change-password";
    public const string TwoFactorEnabled = "inbeeld:2fa";

    /// <summary>Identity marks a sign-in completed with a second factor with amr = mfa.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";

    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(Administrator, "true");

    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) => user.HasClaim(AuthenticationMethod, MultiFactor);

    public static string ActorName(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anoniem";
}
