namespace InBeeld.Web.Security;

/// <summary>
/// Keeps a signed-in person on their account pages until the account is in order: a one-time
/// password must be replaced first, and an administrator must turn on two-factor sign-in before
/// doing anything else.
/// </summary>
public sealed class AccountGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !IsAlwaysAllowed(context.Request.Path))
        {
            if (user.HasClaim(AccountClaims.MustChangePassword, "true"))
            {
                context.Response.Redirect("/account/password");
                return Task.CompletedTask;
            }

            if (user.IsAdministrator() && !user.HasClaim(AccountClaims.TwoFactorEnabled, "true"))
            {
                context.Response.Redirect("/account/two-factor");
                return Task.CompletedTask;
            }
        }

        return next(context);
    }

    private static bool IsAlwaysAllowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/error") || path.StartsWithSegments("/language")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.StartsWithSegments("/favicon.ico");
}
