using InBeeld.Data;
using InBeeld.Data.Maps;
using Microsoft.AspNetCore.Mvc;

namespace InBeeld.Web.Pages.Interviews.Maps;

/// <summary>
/// The map section (map, zoom, table alternative, downloads) for any page that shows an
/// interview: one line in the page, and the section loads what it needs itself.
/// </summary>
public sealed class JourneyMapViewComponent(InBeeldDbContext db) : ViewComponent
{
    public const string ViewPath = "~/Pages/Interviews/Maps/_JourneyMap.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid studyId, Guid interviewId, bool fullPage = false)
    {
        var map = await new InterviewMapQuery(db).GetAsync(studyId, interviewId, HttpContext.RequestAborted);
        return map is null ? Content(string.Empty) : View(ViewPath, JourneyMapView.From(map, fullPage));
    }
}
