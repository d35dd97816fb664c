namespace InBeeld.Data.Reminders;

/// <summary>
/// One reminder e-mail: for which account, to what address, subject and plain-text body (no HTML: it
/// reads the same in every mail program). The account, not the address, is what the delivery log keys on.
/// </summary>
public sealed record ReminderMail(Guid UserId, string To, string Subject, string Body);
