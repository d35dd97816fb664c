using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Security;

/// <summary>
/// Records every read of raw interview data and every change made through a study page, with its
/// result, after the handler ran. Ids only: what was read or written never enters the log.
/// </summary>
public sealed class AuditPageFilter(RequestAudit audit) : IAsyncPageFilter
{
    // Pages under these permissions show raw data (interview content or individual steps).
    private static readonly HashSet<StudyPermission> RawData =
    [
        StudyPermission.ViewInterviews, StudyPermission.EditInterviews, StudyPermission.ViewOrganizationSteps, StudyPermission.ViewPseudonymKey, StudyPermission.ExportRawData,
    ];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        var permission = http.GetEndpoint()?.Metadata.GetMetadata<StudyAccessAttribute>()?.Permission;
        if (permission is null)
        {
            return;
        }

        var isPost = HttpMethods.IsPost(http.Request.Method);
        var action = isPost ? AuditActions.Change
            : permission == StudyPermission.ExportRawData ? AuditActions.Export
            : RawData.Contains(permission.Value) ? AuditActions.Read
            : null;
        if (action is null)
        {
            return;
        }

        var failed = executed.Exception is not null && !executed.ExceptionHandled
            || executed.Result is NotFoundResult or NotFoundObjectResult or BadRequestResult or ForbidResult
            || (isPost && executed.Result is PageResult && !context.ModelState.IsValid);
        var (type, id) = RequestAudit.ObjectOf(http);
        await audit.WriteAsync(action, failed ? AuditResult.Failed : AuditResult.Succeeded, type, id);
    }
}
