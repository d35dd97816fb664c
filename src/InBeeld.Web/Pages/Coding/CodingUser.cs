using System.Security.Claims;
using InBeeld.Web.Security;

namespace InBeeld.Web.Pages.Coding;

/// <summary>The signed-in person as a coder: their account id as text, as codings and memos store it.</summary>
internal static class CodingUser
{
    public static string CoderId(this ClaimsPrincipal user) =>
        user.AccountId()?.ToString() ?? throw new InvalidOperationException("Coding pages are only reached signed in.");
}
