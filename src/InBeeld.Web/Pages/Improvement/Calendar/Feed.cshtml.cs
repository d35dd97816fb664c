using InBeeld.Core.Auditing;
using InBeeld.Data.Calendar;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Calendar;

/// <summary>
/// The iCalendar feed itself. Calendar apps cannot sign in, so the secret token in the address is the
/// key; a token opens only the feed of the account it was made for, and a refusal says so in Dutch.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(CalendarFeedService feeds, RequestAudit audit, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    [FromRoute]
    public Guid UserId { get; set; }

    [FromQuery(Name = "token")]
    public string? Token { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await feeds.IsValidAsync(UserId, Token, cancellationToken))
        {
            await audit.WriteAsync(AuditActions.AccessDenied, AuditResult.Failed, "CalendarFeed", UserId, actor: "calendar");
            return new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                ContentType = "text/plain; charset=utf-8",
                Content = text["FeedRefused"].Value,
            };
        }

        var ics = await feeds.WriteAsync(UserId, (study, action) => Url.Page("/Improvement/Actions/Details", null, new { studyId = study, actionId = action }, Request.Scheme)!, cancellationToken);
        return new ContentResult { StatusCode = StatusCodes.Status200OK, ContentType = "text/calendar; charset=utf-8", Content = ics };
    }
}
