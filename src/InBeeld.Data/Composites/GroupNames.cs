using InBeeld.Core.Composites;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// A proposed group's first name: its number and the organisations of its medoid's route in the order
/// met (at most three), e.g. "Groep 2: Mbo-college, RMC Achterhoek, UWV" — something to recognise it by
/// until the researcher names it.
/// </summary>
internal static class GroupNames
{
    public static async Task<string> ProposeAsync(InBeeldDbContext db, int number, Guid? medoid, CancellationToken cancellationToken)
    {
        var plain = CompositeCoreText.Get("GroupName", number);
        if (medoid is null)
        {
            return plain;
        }

        var organizations = await db.Steps.AsNoTracking().Where(s => s.InterviewId == medoid && s.OrganizationId != null)
            .OrderBy(s => s.Order)
            .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => o.Name)
            .ToListAsync(cancellationToken);
        var route = string.Join(", ", organizations.Distinct(StringComparer.Ordinal).Take(3));
        var name = route.Length == 0 ? plain : CompositeCoreText.Get("GroupNameWithRoute", number, route);
        return name.Length <= Core.Composites.Model.JourneyGroup.MaxNameLength ? name : plain;
    }
}
