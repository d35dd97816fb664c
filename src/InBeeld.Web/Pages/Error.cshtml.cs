using Microsoft.AspNetCore.Authorization;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages;

/// <summary>
/// The one error page for exceptions and error status codes. It shows no exception details:
/// they could contain interview data. The request id lets an administrator find the log entry.
/// </summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public int Code { get; private set; }

    public void OnGet(int? statusCode) => Describe(statusCode);

    // A failed POST is re-executed as a POST; it must still show this page.
    public void OnPost(int? statusCode) => Describe(statusCode);

    private void Describe(int? statusCode)
    {
        Code = statusCode ?? StatusCodes.Status500InternalServerError;
        RequestId = Code >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
