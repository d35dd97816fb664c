using InBeeld.Core.Access;
using InBeeld.Data.Access;

namespace InBeeld.Web.Security;

/// <summary>
/// The signed-in person's membership of the study in the current request's route, looked up once
/// per request. Pages use it to narrow what they show (a chain partner's own organisation) and the
/// navigation to offer only what the role allows.
/// </summary>
public sealed class CurrentMembership(IHttpContextAccessor http, StudyAccess access)
{
    private StudyMember? _member;
    private Guid? _loadedFor;

    public async Task<StudyMember?> GetAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        if (context?.User.AccountId() is not { } userId || StudyIdOf(context) is not { } studyId)
        {
            return null;
        }

        if (_loadedFor != studyId)
        {
            _member = await access.FindMembershipAsync(userId, studyId, cancellationToken);
            _loadedFor = studyId;
        }

        return _member;
    }

    public async Task<bool> AllowsAsync(StudyPermission permission, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken))?.Allows(permission) ?? false;

    public static Guid? StudyIdOf(HttpContext context) =>
        context.GetRouteValue("studyId") is string text && Guid.TryParse(text, out var id) ? id : null;
}
