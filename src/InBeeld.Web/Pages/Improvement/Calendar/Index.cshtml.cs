using InBeeld.Data.Calendar;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Improvement.Calendar;

/// <summary>
/// The signed-in person's calendar link: due and review dates of their actions (and, for
/// coordinators, when actions are due for review) in any calendar app. The link is shown once when
/// made; renewing it stops the old one.
/// </summary>
[SignedIn]
public sealed class IndexModel(CalendarFeedService feeds) : PageModel
{
    public bool HasFeed { get; private set; }

    /// <summary>The new address, only right after it was made.</summary>
    public string? FeedUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        HasFeed = await feeds.HasFeedAsync(User.AccountId()!.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = User.AccountId()!.Value;
        var token = await feeds.RenewAsync(user, cancellationToken);
        RequestAudit.NameObject(HttpContext, "CalendarFeed", user);
        HasFeed = true;
        FeedUrl = Url.Page("/Improvement/Calendar/Feed", null, new { userId = user, token }, Request.Scheme);
        return Page();
    }
}
