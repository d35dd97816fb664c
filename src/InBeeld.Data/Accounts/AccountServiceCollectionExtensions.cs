using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.Data.Accounts;

public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// Accounts with InBeeld's rules — password length, lockout — the same for the web app and the
    /// CLI. The web app adds sign-in and its token providers on the returned builder.
    /// </summary>
    public static IdentityBuilder AddInBeeldAccounts(this IServiceCollection services)
    {
        services.AddScoped<IUserStore<UserAccount>, UserOnlyStore<UserAccount, InBeeldDbContext, Guid>>();
        return services.AddIdentityCore<UserAccount>(Configure)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
    }

    public static void Configure(IdentityOptions options)
    {
        // Length over composition (NIST SP 800-63B): 12 characters, at least 5 different ones.
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
