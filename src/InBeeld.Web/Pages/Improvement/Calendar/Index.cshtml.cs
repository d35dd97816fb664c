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
public sealed class IndexModel(CalendarFeedService feeds, InBeeld.Data.InBeeldDbContext db, Microsoft.Extensions.Options.IOptions<Reminders.ReminderOptions> reminders, Microsoft.Extensions.Localization.IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    public const int MaxEmailLength = 256;

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Field_ReminderEmail")]
    public string? Email { get; set; }

    /// <summary>Whether this installation sends mail at all (an SMTP server is configured).</summary>
    public bool RemindersEnabled => reminders.Value.Enabled;

    public bool HasFeed { get; private set; }

    /// <summary>The new address, only right after it was made.</summary>
    public string? FeedUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Sets or clears the address reminders go to; an empty address means no reminders.</summary>
    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([User.AccountId()!.Value], cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        var email = Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > MaxEmailLength || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            ModelState.AddModelError(nameof(Email), text["EmailInvalid"]);
            HasFeed = await feeds.HasFeedAsync(user.Id, cancellationToken);
            return Page();
        }

        user.Email = string.IsNullOrEmpty(email) ? null : email;
        user.NormalizedEmail = user.Email?.ToUpperInvariant();
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Account", user.Id);
        TempData["Status"] = text[user.Email is null ? "EmailCleared" : "EmailSaved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = User.AccountId()!.Value;
        HasFeed = await feeds.HasFeedAsync(id, cancellationToken);
        Email ??= (await db.Users.FindAsync([id], cancellationToken))?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = User.AccountId()!.Value;
        var token = await feeds.RenewAsync(user, cancellationToken);
        Email = (await db.Users.FindAsync([user], cancellationToken))?.Email;
        RequestAudit.NameObject(HttpContext, "CalendarFeed", user);
        HasFeed = true;
        FeedUrl = Url.Page("/Improvement/Calendar/Feed", null, new { userId = user, token }, Request.Scheme);
        return Page();
    }
}
