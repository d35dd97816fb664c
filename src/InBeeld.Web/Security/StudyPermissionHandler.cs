using InBeeld.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace InBeeld.Web.Security;

/// <summary>
/// Decides a <see cref="StudyPermissionRequirement"/> from the study in the route and the
/// person's membership there. Administrators get only the members page of any study (to appoint
/// its coordinator), never its data.
/// </summary>
public sealed class StudyPermissionHandler(CurrentMembership membership, IHttpContextAccessor http) : AuthorizationHandler<StudyPermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StudyPermissionRequirement requirement)
    {
        var cancellationToken = http.HttpContext?.RequestAborted ?? CancellationToken.None;
        if (context.User.AccountId() is null)
        {
            return;
        }

        if (requirement.Permission == StudyPermission.ManageMembers && context.User.IsAdministrator() && context.User.SignedInWithSecondFactor())
        {
            context.Succeed(requirement);
            return;
        }

        if (await membership.AllowsAsync(requirement.Permission, cancellationToken))
        {
            context.Succeed(requirement);
        }
    }
}
