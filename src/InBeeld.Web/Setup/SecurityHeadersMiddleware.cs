using Microsoft.Extensions.Options;

namespace InBeeld.Web.Setup;

/// <summary>
/// A strict Content-Security-Policy (no inline script or style, no framing) and the usual hardening
/// headers on every response. Interview data is sensitive, so nothing is allowed that is not needed.
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<ThemeOptions> theme)
    {
        _next = next;
        var themeOrigin = theme.Value.StylesheetOrigin();
        var styleSources = themeOrigin is null ? "'self'" : $"'self' {themeOrigin}";
        _contentSecurityPolicy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            $"style-src {styleSources}",
            $"font-src {styleSources}",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");
    }

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return _next(context);
    }
}
