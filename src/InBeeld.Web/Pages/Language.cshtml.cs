using Microsoft.AspNetCore.Authorization;
using InBeeld.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages;

/// <summary>The language switch: stores the chosen culture in the culture cookie and returns to the page.</summary>
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider timeProvider) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == InBeeldLocalization.English.Name
            ? InBeeldLocalization.English
            : InBeeldLocalization.Dutch;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = timeProvider.GetUtcNow().AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });

        // Only back to our own pages: an open redirect would let a link lead researchers elsewhere.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
