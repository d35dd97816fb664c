using InBeeld.Core.Localization;
using Microsoft.AspNetCore.Identity;

namespace InBeeld.Data.Accounts;

/// <summary>Identity's messages in the reader's language (Dutch first, English second), for the web app and the CLI alike.</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), CoreText.Get("Identity_PasswordTooShort", length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), CoreText.Get("Identity_PasswordUniqueChars", uniqueChars));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), CoreText.Get("Identity_PasswordMismatch"));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), CoreText.Get("Identity_DuplicateUserName", userName));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), CoreText.Get("Identity_InvalidUserName"));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), CoreText.Get("Identity_InvalidToken"));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), CoreText.Get("Identity_Concurrency"));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), CoreText.Get("Identity_Default"));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
