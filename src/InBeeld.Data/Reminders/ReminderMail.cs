namespace InBeeld.Data.Reminders;

/// <summary>One reminder e-mail: to whom, subject and plain-text body (no HTML: it reads the same in every mail program).</summary>
public sealed record ReminderMail(string To, string Subject, string Body);
