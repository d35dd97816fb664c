using InBeeld.Core.Access;
using InBeeld.Data.Accounts;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Setup;

/// <summary>Accounts, sign-in with two factors, the per-study access rules, audit and rate limits.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddInBeeldSecurity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.IsValid(), "Security: LoginAttemptsPerMinute and AuditRetentionDays must be positive.")
            .ValidateOnStart();
        var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();

        // Keys outside the database: a copy of the database alone cannot forge cookies or open the pseudonym key store.
        var keyDirectory = security.KeyDirectory ?? Path.Combine(environment.ContentRootPath, "data", "keys");
        services.AddDataProtection().SetApplicationName("InBeeld").PersistKeysToFileSystem(new DirectoryInfo(keyDirectory));

        services.AddHttpContextAccessor();
        services.AddInBeeldAccounts()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<InBeeldClaimsFactory>();

        // External sign-in (OpenID Connect: Entra ID, Keycloak) can be added later as one more scheme:
        // the UserLogins table and the external cookie are already in place.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "InBeeld.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = security.CookieSecurePolicy;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.Events.OnRedirectToAccessDenied = AccessDenied;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, c => c.Cookie.SecurePolicy = security.CookieSecurePolicy);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, c => c.Cookie.SecurePolicy = security.CookieSecurePolicy);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "InBeeld.Antiforgery";
            o.Cookie.SecurePolicy = security.CookieSecurePolicy;
        });

        services.AddScoped<CurrentMembership>();
        services.AddScoped<AccountCreator>();
        services.AddSingleton<SetupCode>();
        services.AddSingleton<PseudonymKeyProtector>();
        services.AddSingleton<InBeeld.Data.EventLogs.ISecretProtector, EventLogSecretProtector>();
        services.AddScoped<RequestAudit>();
        services.AddScoped<IAuthorizationHandler, StudyPermissionHandler>();
        services.AddAuthorization(options =>
        {
            // Deny by default: a page without a rule still needs a signed-in account.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
            options.AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser()
                .RequireClaim(AccountClaims.Administrator, "true")
                .RequireClaim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor));
            foreach (var permission in Enum.GetValues<StudyPermission>())
            {
                options.AddPolicy(Policies.For(permission), p => p.RequireAuthenticatedUser().AddRequirements(new StudyPermissionRequirement(permission)));
            }
        });
        services.AddRateLimiter(LoginRateLimit.Add);
        services.AddHostedService<RetentionJob>();
        services.Configure<MvcOptions>(o => o.Filters.Add<AuditPageFilter>());
        return services;
    }

    /// <summary>A signed-in person refused by the rules gets 403 (with the error page), and the attempt is logged.</summary>
    private static async Task AccessDenied(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var audit = context.HttpContext.RequestServices.GetRequiredService<RequestAudit>();
        var (type, id) = RequestAudit.ObjectOf(context.HttpContext);
        await audit.WriteAsync(Core.Auditing.AuditActions.AccessDenied, Core.Auditing.AuditResult.Denied, type, id);
    }
}
