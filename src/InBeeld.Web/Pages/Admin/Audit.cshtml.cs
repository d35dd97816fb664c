using InBeeld.Data.Auditing;
using InBeeld.Web.Pages.Audit;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Admin;

/// <summary>The whole audit log, sign-ins included, for administrators.</summary>
[Administrator]
public sealed class AuditModel(AuditQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilterInput Filter { get; set; } = new();

    public AuditView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = new AuditView(await query.RunAsync(Filter.ToFilter(null, AuditZone.Local), cancellationToken), Filter, AuditZone.Local, ShowStudy: true);
}
