namespace InBeeld.Web.Pages.Interviews;

/// <summary>The two answers to "this transcript may hold personal data".</summary>
public static class PersonalDataChoice
{
    public const string Replace = "replace";
    public const string Keep = "keep";
}
