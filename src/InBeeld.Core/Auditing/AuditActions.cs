namespace InBeeld.Core.Auditing;

/// <summary>The fixed action codes of the audit log. Codes, not sentences: the log page translates them.</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string LoginTwoFactor = "login.2fa";
    public const string Logout = "logout";
    public const string LockedOut = "login.lockout";
    public const string AccountCreated = "account.create";
    public const string AccountChanged = "account.change";
    public const string TwoFactorEnabled = "account.2fa.enable";
    public const string TwoFactorReset = "account.2fa.reset";
    public const string PasswordChanged = "account.password";

    /// <summary>A page, file or command that shows raw interview data was read.</summary>
    public const string Read = "read";

    /// <summary>Something was created, changed or deleted.</summary>
    public const string Change = "change";

    /// <summary>Data left the system: a study export, an access request, a file.</summary>
    public const string Export = "export";

    /// <summary>A request refused by the access rules.</summary>
    public const string AccessDenied = "denied";

    public const string MemberChanged = "member.change";
    public const string PseudonymKeyRead = "key.read";
    public const string ParticipantErased = "participant.erase";
    public const string RetentionRun = "retention";
}
