namespace InBeeld.Web.Navigation;

/// <summary>The sub-navigation of one study; <see cref="Current"/> is the page name ("Details", "Participants", …).</summary>
public sealed record StudyNav(Guid StudyId, string Current);
