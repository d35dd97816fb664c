using InBeeld.Web.Security;

namespace InBeeld.Web.Setup;

public static class WebApplicationExtensions
{
    /// <summary>The request pipeline: friendly errors, security headers, culture, pages and /health.</summary>
    public static WebApplication UseInBeeldWeb(this WebApplication app)
    {
        // Always the friendly page, also in Development: research data may show up in exception details.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?statusCode={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AccountGateMiddleware>();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
