using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Lets the upload page take files up to <see cref="LogUploadOptions.MaxUploadBytes"/>, and turns a
/// larger upload away before its body is read: back to the upload page, which says in Dutch how large
/// a file may be. Runs before the antiforgery check, because that check reads the whole form.
/// </summary>
/// <remarks>
/// The request's own length is trusted for the early answer (browsers send it with every file
/// upload); a body sent without one is still cut off at the limit by the server while it streams.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeQuery = "te-groot";

    // After the sign-in and study rules (order 0), before antiforgery (order 1000).
    public int Order => 500;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<LogUploadOptions>>().Value.MaxUploadBytes;
        var body = limit + LogUploadOptions.FormOverheadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = body;
        }

        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        if (http.Request.ContentLength > body)
        {
            context.Result = new RedirectToPageResult(null, new Microsoft.AspNetCore.Routing.RouteValueDictionary
            {
                ["studyId"] = context.RouteData.Values["studyId"],
                [TooLargeQuery] = "true",
            });
            return;
        }

        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is null)
        {
            var defaults = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                ValueCountLimit = defaults.ValueCountLimit,
                ValueLengthLimit = defaults.ValueLengthLimit,
                KeyLengthLimit = defaults.KeyLengthLimit,
                MultipartHeadersCountLimit = defaults.MultipartHeadersCountLimit,
                MultipartHeadersLengthLimit = defaults.MultipartHeadersLengthLimit,
                MultipartBoundaryLengthLimit = defaults.MultipartBoundaryLengthLimit,
                MemoryBufferThreshold = defaults.MemoryBufferThreshold,
                BufferBodyLengthLimit = body,
                MultipartBodyLengthLimit = body,
            }));
        }
    }
}
