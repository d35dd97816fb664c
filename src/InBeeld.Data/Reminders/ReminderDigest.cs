using System.Text;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Reminders;

/// <summary>
/// Builds the reminder e-mails of one day: to each account with an e-mail address, its own open
/// actions that are overdue, due within <see cref="DueSoonDays"/> days or due for review, and for
/// coordinators how many actions in their studies need attention. Accounts with nothing to report
/// get no mail; the mail names actions by title only, never interview content.
/// </summary>
public sealed class ReminderDigest(InBeeldDbContext db, TimeProvider time)
{
    public const int DueSoonDays = 7;

    public async Task<IReadOnlyList<ReminderMail>> BuildAsync(Func<Guid, string> studyUrl, CancellationToken cancellationToken)
    {
        var today = ActionMonitor.Today(time);
        var users = await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var studies = await db.Studies.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Title, s.ReviewCadenceDays), cancellationToken);
        var actions = await db.ImprovementActions.AsNoTracking().ToListAsync(cancellationToken);
        var open = actions.Where(a => ActionMonitor.IsOpen(a.Status)).ToList();
        var memberships = await db.StudyMembers.AsNoTracking().ToListAsync(cancellationToken);
        var mails = new List<ReminderMail>();
        foreach (var user in users)
        {
            var body = new StringBuilder();
            var mine = open.Where(a => a.OwnerUserId == user.Id && memberships.Any(m => m.UserId == user.Id && m.StudyId == a.StudyId))
                .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Title, StringComparer.CurrentCulture).ToList();
            foreach (var action in mine)
            {
                var signals = ActionMonitor.Assess(action, today, studies.GetValueOrDefault(action.StudyId).ReviewCadenceDays);
                var line = signals.DaysOverdue is { } days ? ImprovementText.Get("Reminder_Overdue", action.Title, days)
                    : action.DueDate is { } due && due.DayNumber - today.DayNumber <= DueSoonDays ? ImprovementText.Get("Reminder_DueSoon", action.Title, ActionRules.Format(due))
                    : signals.NotReviewed ? ImprovementText.Get("Reminder_Review", action.Title)
                    : null;
                if (line is not null)
                {
                    body.AppendLine("- " + line + " (" + studies.GetValueOrDefault(action.StudyId).Title + ")");
                }
            }

            foreach (var member in memberships.Where(m => m.UserId == user.Id && m.Role == StudyRole.Coordinator))
            {
                var (title, cadence) = studies.GetValueOrDefault(member.StudyId);
                var attention = open.Where(a => a.StudyId == member.StudyId).Count(a => ActionMonitor.Assess(a, today, cadence).NeedsAttention);
                if (attention > 0)
                {
                    body.AppendLine("- " + ImprovementText.Get("Reminder_Coordinator", title, attention) + " " + studyUrl(member.StudyId));
                }
            }

            if (body.Length > 0)
            {
                mails.Add(new ReminderMail(
                    user.Id,
                    user.Email!,
                    ImprovementText.Get("Reminder_Subject", ActionRules.Format(today)),
                    ImprovementText.Get("Reminder_Intro") + Environment.NewLine + Environment.NewLine + body + Environment.NewLine + ImprovementText.Get("Reminder_Footer")));
            }
        }

        return mails;
    }
}
