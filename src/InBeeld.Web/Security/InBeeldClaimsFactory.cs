using System.Security.Claims;
using InBeeld.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Security;

/// <summary>Puts the account's administrator, two-factor and must-change-password state in the sign-in cookie.</summary>
public sealed class InBeeldClaimsFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.IsAdministrator)
        {
            identity.AddClaim(new Claim(AccountClaims.Administrator, "true"));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AccountClaims.TwoFactorEnabled, "true"));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
