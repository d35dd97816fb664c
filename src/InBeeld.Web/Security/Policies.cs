using InBeeld.Core.Access;

namespace InBeeld.Web.Security;

public static class Policies
{
    public const string SignedIn = "SignedIn";
    public const string Administrator = "Administrator";

    public static string For(StudyPermission permission) => "Study." + permission;
}
