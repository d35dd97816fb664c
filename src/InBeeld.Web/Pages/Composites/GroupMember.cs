namespace InBeeld.Web.Pages.Composites;

/// <summary>An interview as the group page lists it: pseudonym code and date only.</summary>
public sealed record GroupMember(Guid InterviewId, string Code, DateOnly Date, bool MovedByResearcher, bool IsMedoid);
