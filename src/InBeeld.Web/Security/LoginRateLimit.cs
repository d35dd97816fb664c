using System.Threading.RateLimiting;
using InBeeld.Web.Setup;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Security;

/// <summary>
/// Limits password guessing per client address on top of the per-account lockout, which alone
/// cannot stop one address trying one password on many accounts. Only POSTs count.
/// </summary>
public static class LoginRateLimit
{
    public const string PolicyName = "login";

    public static void Add(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(PolicyName, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("get");
            }

            var limit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.LoginAttemptsPerMinute;
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
            return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }
}
